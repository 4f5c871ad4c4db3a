/** The JSON Schema of /api/stars.json, generated from src/schemas/api/ (the builder's type comes from the same schema). */
import type { APIRoute } from 'astro';
import { dataPaths } from '../../lib/data/endpoints.ts';
import { publishedSchema } from '../../lib/data/schemas.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(publishedSchema('stars', dataPaths.stars), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

/** The JSON Schema of /api/cases.json, generated from src/schemas/api/ (the builder's type comes from the same schema). */
import type { APIRoute } from 'astro';
import { dataPaths } from '../../lib/data/endpoints.ts';
import { publishedSchema } from '../../lib/data/schemas.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(publishedSchema('cases', dataPaths.cases), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

/** The JSON Schema of /lectures/schedule.json, generated from src/schemas/api/lectures.ts. */
import type { APIRoute } from 'astro';
import { dataPaths } from '../../lib/data/endpoints.ts';
import { publishedSchema } from '../../lib/data/schemas.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(publishedSchema('schedule', dataPaths.schedule), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

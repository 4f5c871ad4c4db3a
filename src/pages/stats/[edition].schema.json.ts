/** The JSON Schema of /stats/<edition>.json, generated from src/schemas/api/stats.ts; the same for every edition. */
import type { APIRoute } from 'astro';
import { dataPaths } from '../../lib/data/endpoints.ts';
import { publishedSchema } from '../../lib/data/schemas.ts';
import { editionPaths } from '../../lib/site/load.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(publishedSchema('stats', dataPaths.stats(params.edition!)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

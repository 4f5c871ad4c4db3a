/** The JSON Schema of /stats/<edition>.json, generated from src/schemas/api/stats.ts; the same for every edition. */
import type { APIRoute } from 'astro';
import { dataPaths } from '../../lib/data/endpoints.ts';
import { publishedSchema } from '../../lib/data/schemas.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = () => [{ params: { edition: siteConfig.currentEdition } }];

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(publishedSchema('stats', dataPaths.stats(siteConfig.currentEdition)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { editionPaths } from '../../lib/site/load.ts';
import { statsDocument } from '../../lib/stats/load.ts';

// Every edition keeps its file: national platforms pull past years' figures at their URLs.
export const getStaticPaths = editionPaths;

/** The statistics for programs: the form, every city's figures or its pending status, and the computed totals; schema /stats/<edition>.schema.json. */
export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await statsDocument(params.edition!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { statsDocument } from '../../lib/stats/load.ts';
import { siteConfig } from '../../site.config.ts';

export const getStaticPaths = () => [{ params: { edition: siteConfig.currentEdition } }];

/** The statistics for programs: the form, every city's figures or its pending status, and the computed totals; schema /stats/<edition>.schema.json. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await statsDocument(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/** Every star's public fields and permalink (never the consent note), for national platforms that pull our data; its schema is /api/stars.schema.json. */
import type { APIRoute } from 'astro';
import { starsDocument } from '../../lib/stories/load.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await starsDocument(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

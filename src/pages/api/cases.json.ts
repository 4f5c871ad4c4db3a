/** Every case's structured fields and permalink, for national platforms that pull our data; its schema is /api/cases.schema.json. */
import type { APIRoute } from 'astro';
import { casesDocument } from '../../lib/stories/load.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await casesDocument(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

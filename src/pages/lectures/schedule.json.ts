import type { APIRoute } from 'astro';
import { scheduleJson } from '../../lib/lectures/load.ts';

/** The programme for learning platforms that want to pull it; its schema is /lectures/schedule.schema.json (src/schemas/api/lectures.ts). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await scheduleJson(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

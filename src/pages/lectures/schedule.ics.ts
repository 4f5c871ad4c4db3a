import type { APIRoute } from 'astro';
import { scheduleIcs } from '../../lib/lectures/load.ts';

/** Every lecture in one calendar file, to import or subscribe to. */
export const GET: APIRoute = async () =>
  new Response(await scheduleIcs(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });

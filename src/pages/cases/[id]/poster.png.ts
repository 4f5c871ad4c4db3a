/** The share poster of a case (PNG, made at build time): title, place, honour and a QR code of its short URL. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharePoster } from '../../../components/stories/share-poster.ts';
import { allCases } from '../../../lib/stories/load.ts';

export const getStaticPaths = (async () =>
  (await allCases()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(await sharePoster(entry), { headers: { 'Content-Type': 'image/png' } });
};

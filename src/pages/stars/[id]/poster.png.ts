/** The share poster of a star (PNG, made at build time): title, name, place, honour and a QR code of the page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharePoster } from '../../../components/stories/share-poster.ts';
import { allStars } from '../../../lib/stories/load.ts';

export const getStaticPaths = (async () =>
  (await allStars()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(await sharePoster(entry), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * Added only when the build is profiled (build-profile.ts): times each page's render under its
 * template. Astro renders a page while its body is read, so the body is read here, inside the timing.
 */
import type { MiddlewareHandler } from 'astro';
import { phase, startStage } from '../lib/shared/build-profile.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  phase('astro: rendering');
  const end = startStage(`render ${context.routePattern}`);
  try {
    const response = await next();
    if (!response.body) return response;
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    end();
  }
};

/**
 * Recognises warnings in `astro build` output, so that `npm test` fails on the first new one
 * (GUIDE.md: every gate runs with zero warnings). Astro prints its own and Vite's/Rolldown's as
 * `HH:MM:SS [WARN] [label] …`; Node prints `(node:PID) [CODE] SomethingWarning: …`.
 */

/** A warning tolerated until upstream fixes it; `upstream` is the issue that tracks the fix. */
export interface AllowedWarning {
  pattern: RegExp;
  upstream: string;
}

/**
 * Warnings that cannot be fixed here. Prefer filtering at the source (astro.config.mjs drops
 * Rolldown's warning about Astro's inert "use astro:head-inject" directive, withastro/astro#18087);
 * an entry here needs the upstream issue that will make it unnecessary.
 */
export const allowedWarnings: readonly AllowedWarning[] = [];

// Colour codes are stripped first: Astro colours the prefix when stdout is a terminal or FORCE_COLOR is set.
// eslint-disable-next-line no-control-regex -- ESC is exactly the character that starts a colour code
const ANSI = /\u001b\[[0-9;]*m/g;
const ASTRO_LEVEL = /^(?:\d{1,2}:\d{2}:\d{2}(?: [AP]M)? )?\[(?:WARN|ERROR)\] /;
const NODE_WARNING = /^\(node:\d+\) (?:\[[A-Z0-9_]+\] )?[A-Za-z]*Warning: /;

/** Returns the lines of build output that are warnings or errors and not allowed, without colour codes. */
export function findWarnings(output: string, allowed: readonly AllowedWarning[] = allowedWarnings): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => line.replace(ANSI, '').trimEnd())
    .filter((line) => ASTRO_LEVEL.test(line) || NODE_WARNING.test(line))
    .filter((line) => !allowed.some((a) => a.pattern.test(line)));
}

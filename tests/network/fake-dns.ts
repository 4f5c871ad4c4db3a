/**
 * Preloaded into a child process (`node --import`) to play a machine without DNS: every
 * `.invalid` name (RFC 6761) fails at once with ENOTFOUND, as on a machine that is offline, and
 * no DNS server is asked. Other names resolve as usual. The checker's own lookup option does the
 * same inside one process (`testLookup`); the CLI has no such option, so the module is patched.
 */
import dns from 'node:dns';

const realLookup = dns.lookup;
type Callback = (error: NodeJS.ErrnoException | null, address?: string, family?: number) => void;

function fakeLookup(hostname: string, options: unknown, callback?: Callback): void {
  const done = (typeof options === 'function' ? options : callback) as Callback;
  if (hostname.endsWith('.invalid')) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
    process.nextTick(() => done(error));
    return;
  }
  (realLookup as (h: string, o: unknown, c: Callback) => void)(
    hostname,
    typeof options === 'function' ? {} : options,
    done,
  );
}

(dns as { lookup: unknown }).lookup = fakeLookup;

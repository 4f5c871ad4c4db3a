/**
 * Runs the real nginx with the shipped configuration over a built dist/, in a temporary prefix
 * (its own logs, pid and temp folders), on a free loopback port. The serving tests and the
 * search-cost bench start and stop it, so it lives with the tools.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderNginxConfig } from '../../deploy/nginx/render.ts';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  /** Origin to request, e.g. http://127.0.0.1:4567 */
  origin: string;
  stop(): Promise<void>;
}

/** Finds a loopback port nobody listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits for the child to exit, or gives up after `ms`. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Fails with installation advice when nginx is missing. */
export function requireNginx(): void {
  if (!existsSync(nginxPath)) {
    throw new Error(
      `找不到 nginx（${nginxPath}）。请运行 apt-get update && apt-get install -y nginx，或用环境变量 NGINX_PATH 指定路径。` +
        ` (nginx not found at ${nginxPath}: install Debian's nginx package or set NGINX_PATH.)`,
    );
  }
}

/** Starts nginx over `root` with the site mounted at `base`. */
export async function startNginx(root: string, base = '/'): Promise<RunningNginx> {
  requireNginx();
  const prefix = mkdtempSync(join(tmpdir(), 'xxz-nginx-'));
  // As root, nginx's workers run as an unprivileged user: they must be able to reach dist/.
  for (const dir of [prefix, root, join(root, '..')]) chmodSync(dir, 0o755);
  const port = await freePort();
  writeFileSync(
    join(prefix, 'site.conf'),
    renderNginxConfig({ root, base, listen: `127.0.0.1:${port}`, serverName: 'localhost' }),
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (name) => `  ${name}_temp_path ${prefix}/${name}_temp;`,
  );
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      `error_log ${prefix}/error.log warn;`,
      'worker_processes 1;',
      'events { worker_connections 64; }',
      'http {',
      `  access_log ${prefix}/access.log;`,
      ...temp,
      `  include ${prefix}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(
    nginxPath,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', `daemon off; pid ${prefix}/nginx.pid;`],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const log = () =>
    `${output}${existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : ''}`;
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx 没有启动 (nginx did not start):\n${log()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      // SIGQUIT lets nginx finish open responses; SIGKILL only if it hangs.
      child.kill('SIGQUIT');
      if (!(await exited(child, 5_000))) {
        child.kill('SIGKILL');
        await exited(child, 5_000);
      }
      const errors = log();
      rmSync(prefix, { recursive: true, force: true });
      if (/\[(emerg|alert|crit|error|warn)\]/.test(errors))
        throw new Error(`nginx 记录了错误或警告 (nginx logged problems):\n${errors}`);
    },
  };
}

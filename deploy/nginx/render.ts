/**
 * Renders deploy/nginx/site.conf.template into a working nginx configuration. Used by
 * `npm run nginx:conf` and by the serving tests, so both run the same configuration.
 */
import { readFileSync } from 'node:fs';

export interface NginxSiteOptions {
  /** Absolute path of the deployed dist/ folder. */
  root: string;
  /** The site's base path, as the build used it: "/" or e.g. "/xuexizhou/". */
  base: string;
  /** nginx `listen` value, e.g. "80" or "127.0.0.1:8080". */
  listen: string;
  /** nginx `server_name` value. */
  serverName: string;
}

export interface NginxTemplates {
  site: string;
  headers: string;
}

/** Reads the shipped template and header snippet. */
export function readTemplates(): NginxTemplates {
  const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
  return { site: read('site.conf.template'), headers: read('headers.conf') };
}

/** Checks one value before it goes into the configuration; nginx would misparse these characters. */
function plain(name: string, value: string, pattern: RegExp, example: string): string {
  if (!pattern.test(value))
    throw new Error(`nginx 配置参数 ${name} 的值不对（看到的值："${value}"），应该像 ${example}。`);
  return value;
}

/** Fills the template: the headers snippet goes into each location that sets headers, and a sub-path base gets locations for the rest of the server. */
export function renderNginxConfig(options: NginxSiteOptions, templates: NginxTemplates = readTemplates()): string {
  const root = plain('root', options.root, /^\/[^\s;{}"'$#]*$/, '/srv/xuexizhou/dist').replace(/\/+$/, '');
  const base = plain('base', options.base, /^\/(?:[a-z0-9._-]+\/)*$/i, '"/" 或 "/xuexizhou/"');
  const listen = plain('listen', options.listen, /^[\w.:[\]]+(?: [\w=]+)*$/, '"80" 或 "127.0.0.1:8080"');
  const serverName = plain('serverName', options.serverName, /^[\w.*~^$-]+(?: [\w.*~^$-]+)*$/, 'xuexizhou.example.org');
  const outsideBase =
    base === '/'
      ? ''
      : [
          '  # Outside the base path this server has nothing to show.',
          '  location / {',
          `    error_page 404 ${base}404.html;`,
          '    return 404;',
          '  }',
          `  location = ${base.slice(0, -1)} {`,
          '    absolute_redirect off;',
          `    return 301 ${base};`,
          '  }',
        ].join('\n');
  const headers = templates.headers.trimEnd().split('\n');
  return (
    templates.site
      // Each placeholder takes the indentation of its own line.
      .replace(/^( *)@HEADERS@$/gm, (_, pad: string) => headers.map((line) => (line ? pad + line : line)).join('\n'))
      .replace('@OUTSIDE_BASE@', outsideBase)
      .replaceAll('@ROOT@', root)
      .replaceAll('@BASE@', base)
      .replaceAll('@LISTEN@', listen)
      .replaceAll('@SERVER_NAME@', serverName)
  );
}

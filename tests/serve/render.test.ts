import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readTemplates, renderNginxConfig } from '../../deploy/nginx/render.ts';

const options = { root: '/srv/xuexizhou/dist/', base: '/', listen: '80', serverName: 'xuexizhou.example.org' };

describe('renderNginxConfig', () => {
  it('fills every placeholder and reads the two files the build writes', () => {
    const conf = renderNginxConfig(options);
    expect(conf).not.toMatch(/@[A-Z_]+@/);
    expect(conf).toContain('include /srv/xuexizhou/dist/redirects.map;');
    expect(conf).toContain('location ^~ / {\n    alias /srv/xuexizhou/dist/;');
    expect(conf).toContain('location ^~ /_astro/ {\n      alias /srv/xuexizhou/dist/_astro/;');
    // nginx drops inherited add_header lines in a location that sets its own, so each location repeats them.
    expect(conf.match(/include \/srv\/xuexizhou\/dist\/nginx-csp\.conf;/g)).toHaveLength(2);
    expect(conf.match(/add_header X-Content-Type-Options "nosniff" always;/g)).toHaveLength(2);
    expect(conf).not.toContain('location / {\n    error_page');
    // The snippet keeps the indentation of the line it replaces.
    expect(conf).toContain('\n      add_header Referrer-Policy');
    expect(
      readTemplates()
        .headers.split('\n')
        .filter((l) => l.startsWith('add_header')).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it('mounts the site under a sub-path and answers 404 for the rest of the server', () => {
    const conf = renderNginxConfig({ ...options, base: '/xuexizhou/' });
    expect(conf).toContain('location ^~ /xuexizhou/ {');
    expect(conf).toContain('location ^~ /xuexizhou/_astro/ {');
    expect(conf).toContain('location = /xuexizhou {\n    absolute_redirect off;\n    return 301 /xuexizhou/;');
    expect(conf).toContain('location / {\n    error_page 404 /xuexizhou/404.html;\n    return 404;');
    expect(conf).toContain('location = /xuexizhou/nginx-csp.conf {');
  });

  it('refuses values nginx would misread, naming the value', () => {
    expect(() => renderNginxConfig({ ...options, base: '/xuexizhou' })).toThrow(
      'nginx 配置参数 base 的值不对（看到的值："/xuexizhou"）',
    );
    expect(() => renderNginxConfig({ ...options, root: 'dist' })).toThrow('参数 root');
    expect(() => renderNginxConfig({ ...options, root: '/srv/x; }' })).toThrow('参数 root');
    expect(() => renderNginxConfig({ ...options, serverName: 'a;b' })).toThrow('参数 serverName');
  });
});

describe('npm run nginx:conf', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/nginx-conf.ts', ...args], {
      cwd: new URL('../../', import.meta.url).pathname,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });

  it('takes the base path from SITE_BASE, like the build', () => {
    const result = run(['--root', '/srv/site/dist', '--listen', '8080'], { SITE_BASE: '/xuexizhou/' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('listen 8080;');
    expect(result.stdout).toContain('server_name xuexizhou.example.org;');
    expect(result.stdout).toContain('location ^~ /xuexizhou/ {');
  });

  it('exits 1 with advice when --root is missing', () => {
    const result = run([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('请用 --root 指定服务器上 dist/ 的绝对路径');
  });
});

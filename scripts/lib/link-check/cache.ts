/**
 * A results cache between runs. Successes (ok, redirect) are reused until they are older
 * than maxAge; failures are always checked again, because a fixed page should turn green.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Checked } from './types.ts';

interface CacheEntry extends Checked {
  checkedAt: number;
}

export class ResultCache {
  private entries = new Map<string, CacheEntry>();
  private readonly path: string;
  private readonly maxAge: number;

  constructor(path: string, maxAge: number) {
    this.path = path;
    this.maxAge = maxAge;
  }

  /** Loads the cache file; a missing or corrupt file starts empty. */
  async load(): Promise<void> {
    try {
      const data = JSON.parse(await readFile(this.path, 'utf8')) as Record<string, CacheEntry>;
      this.entries = new Map(Object.entries(data));
    } catch {
      this.entries = new Map();
    }
  }

  /** Returns a still-fresh success for the URL, if any. */
  fresh(url: string, now = Date.now()): Checked | undefined {
    const entry = this.entries.get(url);
    if (!entry || (entry.status !== 'ok' && entry.status !== 'redirect') || now - entry.checkedAt > this.maxAge)
      return undefined;
    const { checkedAt: _c, ...result } = entry;
    return result;
  }

  set(result: Checked, now = Date.now()): void {
    this.entries.set(result.url, { ...result, checkedAt: now });
  }

  async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, JSON.stringify(Object.fromEntries(this.entries), null, 1));
  }
}

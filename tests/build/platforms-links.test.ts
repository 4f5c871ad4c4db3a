/**
 * The platforms page, from whatever platforms content/ holds: an address that cites a source is a link
 * leaving the site followed by its 来源; one without stays text marked 待核实 and is never a link.
 * Runs on the real site and on the province fixture, whose two platforms have one of each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCitedAddress } from '../../src/lib/shared/urls.ts';
import type { WebAddress } from '../../src/schemas/common.ts';
import { fixtureContent, province } from '../helpers/province.ts';
import { realContent, realSite } from '../helpers/real-site.ts';

const platformsIn = (content: string) =>
  readdirSync(join(content, 'platforms'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      id: f.replace(/\.json$/, ''),
      ...(JSON.parse(readFileSync(join(content, 'platforms', f), 'utf8')) as { addresses: WebAddress[] }),
    }));

describe.each([
  ['the real site', realContent, realSite],
  ['the province fixture', fixtureContent, province],
] as const)('platform addresses on /platforms/ of %s', (_, content, site) => {
  const doc = site().page('platforms/index.html');
  it.each(platformsIn(content))(
    '$id: cited addresses are outbound links with their source, the rest text marked 待核实',
    ({ id, addresses }) => {
      const card = doc.querySelector(`main [id="${id}"]`)!;
      expect(card, id).not.toBeNull();
      const links = card.querySelectorAll('a.external').map((a) => a.getAttribute('href'));
      for (const address of addresses) {
        if (isCitedAddress(address)) {
          const link = card.querySelector(`a[href="${address.url}"]`);
          expect(link?.getAttribute('rel'), address.url).toBe('noopener noreferrer');
          expect(link?.text, address.url).toContain('（外部网站）');
          const shown = link!.closest('.web-address')!;
          expect(shown.querySelector('.web-address__source')?.text, address.url).toContain(address.source!.quote);
          expect(
            shown.querySelector(`.web-address__source a[href="${address.source!.url}"]`),
            address.url,
          ).not.toBeNull();
        } else {
          expect(links, address.url).not.toContain(address.url);
          const texts = card.querySelectorAll('.web-address--unverified .web-address__text').map((s) => s.text);
          expect(texts, address.url).toContain(address.url.replace(/^https?:\/\//, '').replace(/\/$/, ''));
        }
      }
    },
  );
});

describe('the province fixture’s platforms', () => {
  it('have both kinds of address, so both branches above run', () => {
    const addresses = platformsIn(fixtureContent).flatMap((p) => p.addresses);
    expect(addresses.some(isCitedAddress)).toBe(true);
    expect(addresses.some((a) => !isCitedAddress(a))).toBe(true);
  });
});

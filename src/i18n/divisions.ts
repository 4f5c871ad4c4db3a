/**
 * UI strings with the province's words for itself and its parts filled in (src/lib/site/divisions.ts,
 * from siteConfig.divisions). Server side only, since it reads the site config; a browser script
 * gets its strings from the page.
 */
import { divisionWords, type DivisionWord } from '../lib/site/divisions.ts';
import { fillIn } from '../lib/shared/template.ts';
import { siteConfig } from '../site.config.ts';
import { template, type Message, type MessageKey, type Placeholders } from './zh-CN.ts';

type Own<K extends MessageKey> = Exclude<Placeholders<Message<K>>, DivisionWord>;
type OwnValues<K extends MessageKey> = K extends MessageKey
  ? [Own<K>] extends [never]
    ? []
    : [Record<Own<K>, string | number>]
  : never;

const words = divisionWords(siteConfig.divisions);

/** Like t(), with the division words filled in: the caller gives only the string's other values. */
export function tp<K extends MessageKey>(key: K, ...values: OwnValues<K>): string {
  return fillIn(template(key), { ...words, ...values[0] });
}

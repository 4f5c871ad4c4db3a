/** RSS 2.0 (https://www.rssboard.org/rss-specification): well-formed XML, the required channel elements, and items a reader can track. */
import { childrenOf, isAbsoluteUrl, isRfc822Date, parseXml, textOf, type Validator, type XmlValue } from './common.ts';

/** Checks an RSS 2.0 feed. Beyond the spec's "title or description", each item needs a link and a guid: readers open the one and de-duplicate by the other. */
export const validateRss: Validator = (bytes) => {
  const xml = parseXml(bytes, ['rss.channel', 'rss.channel.item']);
  if (!xml.value) return xml.problems;
  const rss = xml.value.rss;
  if (!rss || typeof rss === 'string' || Array.isArray(rss)) return ['the root element must be <rss>'];
  const problems: string[] = [];
  if (rss['@version'] !== '2.0')
    problems.push(`<rss> must have version="2.0" (saw "${String(rss['@version'] ?? '')}")`);
  const channels = childrenOf(rss, 'channel');
  if (channels.length !== 1) return [...problems, `<rss> must contain exactly one <channel> (saw ${channels.length})`];
  const channel = channels[0]!;
  const text = (node: XmlValue, name: string) => textOf(childrenOf(node, name)[0]);
  for (const name of ['title', 'link', 'description']) {
    if (!text(channel, name)) problems.push(`<channel> needs a non-empty <${name}>`);
  }
  if (text(channel, 'link') && !isAbsoluteUrl(text(channel, 'link')))
    problems.push(`<channel><link> must be an absolute URL (saw "${text(channel, 'link')}")`);
  for (const name of ['pubDate', 'lastBuildDate']) {
    const value = text(channel, name);
    if (childrenOf(channel, name).length && !isRfc822Date(value))
      problems.push(`<channel><${name}> "${value}" is not an RFC 822 date such as "Mon, 16 Oct 2023 09:00:00 +0800"`);
  }
  const guids = new Set<string>();
  childrenOf(channel, 'item').forEach((item, i) => {
    const where = `<item> #${i + 1}`;
    if (!text(item, 'title') && !text(item, 'description'))
      problems.push(`${where} needs a <title> or a <description>`);
    if (!isAbsoluteUrl(text(item, 'link')))
      problems.push(`${where} needs a <link> with an absolute URL (saw "${text(item, 'link')}")`);
    const guidNode = childrenOf(item, 'guid')[0];
    const guid = textOf(guidNode);
    if (!guid) problems.push(`${where} needs a <guid>`);
    else {
      const permalink =
        typeof guidNode === 'object' && !Array.isArray(guidNode) ? guidNode['@isPermaLink'] !== 'false' : true;
      if (permalink && !isAbsoluteUrl(guid))
        problems.push(
          `${where}: <guid> "${guid}" is a permalink (the default) but not an absolute URL; add isPermaLink="false" or use the URL`,
        );
      if (guids.has(guid)) problems.push(`${where}: <guid> "${guid}" repeats an earlier item's`);
      guids.add(guid);
    }
    const pubDate = text(item, 'pubDate');
    if (childrenOf(item, 'pubDate').length && !isRfc822Date(pubDate))
      problems.push(
        `${where}: <pubDate> "${pubDate}" is not an RFC 822 date such as "Mon, 16 Oct 2023 09:00:00 +0800"`,
      );
  });
  return problems;
};

/** The components a page (content/pages/) may use. */
import type { pageComponentNames } from '../../schemas/mdx.ts';
import NoticeUrl from '../site/NoticeUrl.astro';
import AttachmentTable from '../stats/AttachmentTable.astro';
import GuidedBooks from './GuidedBooks.astro';
import SiteLink from './SiteLink.astro';
import Link from './Link.astro';

const named = { GuidedBooks, SiteLink, AttachmentTable, NoticeUrl } satisfies Record<
  (typeof pageComponentNames)[number],
  unknown
>;

/** `a` renders the editor's Markdown links, so one that leaves the site is marked as every outbound link is. */
export const pageComponents = { ...named, a: Link };

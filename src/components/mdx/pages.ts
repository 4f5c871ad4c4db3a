/** The components a page (content/pages/) may use. */
import type { pageComponentNames } from '../../schemas/mdx.ts';
import NoticeUrl from '../site/NoticeUrl.astro';
import AttachmentTable from '../stats/AttachmentTable.astro';
import GuidedBooks from './GuidedBooks.astro';
import SiteLink from './SiteLink.astro';

export const pageComponents = { GuidedBooks, SiteLink, AttachmentTable, NoticeUrl } satisfies Record<
  (typeof pageComponentNames)[number],
  unknown
>;

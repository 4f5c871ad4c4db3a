/**
 * The small marks that tell the home page's sections apart at a glance: one 24×24 path each,
 * drawn inline (no icon font, no request). Stroked, so they take the section's text colour.
 */
export const sectionMarks = {
  // A screen with a play triangle: lectures watched online.
  lectures: 'M3 5h18v11H3zM8 20h8M12 16v4M10 8.5v4l3.5-2z',
  // An open book.
  reading: 'M12 6c-2-1.5-5-2-8-1.5v13c3-.5 6 0 8 1.5 2-1.5 5-2 8-1.5v-13c-3-.5-6 0-8 1.5zM12 6v13',
  // A star.
  stories: 'M12 3l2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.5 6.7 19.4l1.2-6L3.4 9.3l6-.7z',
  // A map pin.
  cities: 'M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  // A globe: platforms on the web.
  platforms:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
  // A megaphone: news of the week.
  news: 'M4 10v4h3l6 4V6L7 10zM16.5 9a4 4 0 0 1 0 6M19 6.5a7.5 7.5 0 0 1 0 11',
  // A document: the notice and who runs the week.
  about: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
} as const;

export type SectionMark = keyof typeof sectionMarks;

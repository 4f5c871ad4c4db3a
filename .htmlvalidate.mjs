// @ts-check
/**
 * html-validate settings for the built pages (`npm test` validates every HTML file in dist/;
 * `npx html-validate dist` does the same by hand). This is a .mjs file rather than
 * .htmlvalidate.json because JSON cannot carry the reason next to each change, and
 * html-validate's schema rejects any extra key that could.
 * Start: html-validate:recommended. Every change below says why it is needed.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // MDX is JSX, where a void element must be written `<br />`, while Astro's own templates
    // come out as `<meta …>`: built pages necessarily mix both forms, and HTML allows both.
    'void-style': 'off',
    // Phone links carry class="tel", which global.css sets to `white-space: nowrap`, so a number
    // never breaks at its hyphen. We keep the ASCII hyphen rather than the rule's U+2011: copied
    // or read aloud, a number containing U+2011 is no longer one a phone can dial.
    'tel-non-breaking': ['error', { ignoreClasses: ['tel'] }],
  },
});

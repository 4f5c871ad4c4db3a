/**
 * Code that runs inside the page (through page.evaluate), so it must not refer to anything
 * outside its own body. installProbe() leaves a small API on window.__e2e for the tests.
 */
import type { Page } from 'playwright-core';

/** What a keyboard user can reach: interactive elements and anything with a tabindex. */
const interactive =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';

export interface Control {
  /** Index in the page's list of controls, in document order. */
  index: number;
  /** Tag, id, classes and text, e.g. `a.site-name "示例省全民终身学习活动周"`. */
  name: string;
  /** CSS display of the element itself. */
  display: string;
  /** True for an inline link inside running text, which WCAG exempts from target sizes. */
  inSentence: boolean;
  /** Size of the element's box, or of its label box when the label is larger (a hidden checkbox drawn by its label). */
  width: number;
  height: number;
}

export interface FocusState {
  /** Index of the focused control, or -1 when focus is elsewhere. */
  index: number;
  /** The focused element, named as in Control; 'body' once focus has left the page's controls. */
  name: string;
  /** The focus indicator differs from the unfocused look and is an outline ≥ 2px or a box shadow. */
  indicated: boolean;
  /** The indicator's element lies at least partly inside the viewport. */
  onScreen: boolean;
}

interface ProbeApi {
  controls: Control[];
  focus(): FocusState;
}

declare global {
  interface Window {
    __e2e?: ProbeApi;
  }
}

function install(selector: string): Control[] {
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const classes = [...el.classList].map((c) => `.${c}`).join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
    return `${el.tagName.toLowerCase()}${id}${classes}${text ? ` "${text}"` : ''}`;
  };
  const reachable = (el: Element) =>
    el instanceof HTMLElement &&
    el.tabIndex >= 0 &&
    !(el as HTMLButtonElement).disabled &&
    !el.closest('[inert]') &&
    el.checkVisibility({ visibilityProperty: true });
  const elements = [...document.querySelectorAll(selector)].filter(reachable) as HTMLElement[];
  // A control's focus may be drawn on its label (the 长辈模式 switch hides its checkbox).
  const drawnOn = (el: HTMLElement) => [el, ...((el as HTMLInputElement).labels ?? [])];
  const look = (el: HTMLElement) =>
    drawnOn(el).map((target) => {
      const s = getComputedStyle(target);
      return {
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        shadow: s.boxShadow,
        width: parseFloat(s.outlineWidth),
        style: s.outlineStyle,
      };
    });
  (document.activeElement as HTMLElement | null)?.blur();
  const unfocused = elements.map(look);
  const blockOf = (el: Element) => {
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return block;
  };
  const controls = elements.map((el, index): Control => {
    const display = getComputedStyle(el).display;
    const text = (el.textContent ?? '').trim();
    const blockText = (blockOf(el)?.textContent ?? '').replace(/\s+/g, '');
    const boxes = drawnOn(el).map((target) => target.getBoundingClientRect());
    const box = boxes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
    return {
      index,
      name: name(el),
      display,
      inSentence: display === 'inline' && blockText.length > text.replace(/\s+/g, '').length,
      width: Math.round(box.width * 10) / 10,
      height: Math.round(box.height * 10) / 10,
    };
  });
  window.__e2e = {
    controls,
    focus() {
      const active = document.activeElement as HTMLElement | null;
      const index = active ? elements.indexOf(active) : -1;
      if (!active || index < 0)
        return {
          index,
          name: !active || active === document.body ? 'body' : name(active),
          indicated: false,
          onScreen: false,
        };
      const now = look(active);
      const before = unfocused[index]!;
      const indicated = now.some(
        (n, i) =>
          (n.outline !== before[i]!.outline || n.shadow !== before[i]!.shadow) &&
          ((n.style !== 'none' && n.width >= 2) || n.shadow !== 'none'),
      );
      const onScreen = drawnOn(active).some((target) => {
        const r = target.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      });
      return { index, name: name(active), indicated, onScreen };
    },
  };
  return controls;
}

/** Lists the page's keyboard-reachable controls with their sizes and remembers how each looks unfocused. */
export const installProbe = (page: Page): Promise<Control[]> => page.evaluate(install, interactive);

/** Reports which control has focus and whether its focus is visible. */
export const focusState = (page: Page): Promise<FocusState> => page.evaluate(() => window.__e2e!.focus());

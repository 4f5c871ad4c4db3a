/**
 * The browser half of every facet filter (books, cases, lectures). The form is a plain GET form,
 * so without JavaScript choosing and pressing 筛选 reloads the page with the query. With
 * JavaScript the list is filtered in place as soon as a choice changes, and each change becomes
 * a history entry (pushState), exactly as a submitted form would: the address can be shared,
 * Back returns to the previous choice and, past the first, to the previous page.
 *
 * Markup (FacetFilter.astro): <form data-facet-filter> with one select per key, in the filter's
 * order (name = key); items [data-facet-item]
 * with data-<key>="value|value"; optional [data-facet-group] (hidden when none of its items
 * shows), [data-facet-count] (data-template with {shown} {total}, data-template-all with
 * {total}, data-none), [data-facet-empty] and [data-facet-reset].
 */
import { defineFacetFilter, facetSeparator, type Filter } from '../../lib/shared/facet-filter.ts';
import { fillIn } from '../../lib/shared/template.ts';

/** Wires a filter form to the items of its page; does nothing when the form is absent. */
export function attachFacetFilter(form: HTMLFormElement | null): void {
  if (!form) return;
  // The selects were written from the domain's filter keys, in order: the form is the definition.
  const keys = [...form.querySelectorAll('select')].map((s) => s.name);
  const definition = defineFacetFilter(keys);
  const select = (key: string) => form.elements.namedItem(key) as HTMLSelectElement | null;
  const offered = Object.fromEntries(
    keys.map((key) => [key, [...select(key)!.options].map((o) => o.value).filter(Boolean)]),
  ) as Record<string, string[]>;
  const items = [...document.querySelectorAll<HTMLElement>('[data-facet-item]')].map((element) => ({
    element,
    values: Object.fromEntries(
      keys.map((key) => [key, (element.dataset[key] ?? '').split(facetSeparator).filter(Boolean)]),
    ) as Record<string, string[]>,
  }));
  const groups = [...document.querySelectorAll<HTMLElement>('[data-facet-group]')];
  const count = document.querySelector<HTMLElement>('[data-facet-count]');
  const empty = document.querySelector<HTMLElement>('[data-facet-empty]');

  const show = (filter: Filter<string>) => {
    for (const key of keys) select(key)!.value = filter[key] ?? '';
    let shown = 0;
    for (const { element, values } of items) {
      element.hidden = !definition.matches(values, filter);
      if (!element.hidden) shown++;
    }
    for (const group of groups) group.hidden = group.querySelector('[data-facet-item]:not([hidden])') === null;
    const total = items.length;
    if (count) {
      const d = count.dataset;
      const filtered = keys.some((key) => filter[key]);
      count.textContent = !filtered
        ? fillIn(d.templateAll ?? '', { total })
        : shown === 0 && d.none
          ? d.none
          : fillIn(d.template ?? '', { shown, total });
    }
    if (empty) empty.hidden = shown > 0;
  };

  const choose = (filter: Filter<string>) => {
    show(filter);
    const target = `${location.pathname}${definition.query(filter)}`;
    if (target !== `${location.pathname}${location.search}`) history.pushState(null, '', target);
  };
  const fromForm = (): Filter<string> =>
    Object.fromEntries(keys.map((key) => [key, select(key)!.value]).filter(([, value]) => value));

  form.addEventListener('change', () => choose(fromForm()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    choose(fromForm());
  });
  form.querySelector('[data-facet-reset]')?.addEventListener('click', (event) => {
    event.preventDefault();
    choose({});
  });
  window.addEventListener('popstate', () => show(definition.parse(location.search, offered)));
  show(definition.parse(location.search, offered));
}

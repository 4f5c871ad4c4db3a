/** Fills "{name}" placeholders; browser-safe, so the filter and search scripts use it too. */

/** Fills "{name}" placeholders of a UI string: fillIn('共 {total} 本', { total: 3 }) → "共 3 本"; unknown names stay as written. */
export function fillIn(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

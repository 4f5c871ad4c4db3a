/** html-validate with the project's settings (.htmlvalidate.mjs), for the build tests. */
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../../.htmlvalidate.mjs';

const validator = new HtmlValidate(new StaticConfigLoader(config));

/** Validates one HTML document and lists its messages as "file:line:column rule message". */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

/** Parses one content file's text into data (and MDX body), reporting syntax errors with a line. */
import yaml from 'js-yaml';
import { lineAt } from './locate.ts';
import type { Problem } from './problems.ts';

export interface ParsedFile {
  data: unknown;
  /** MDX body, without front matter. */
  body?: string;
  /** 1-based line where the body starts. */
  bodyLine?: number;
}

const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses a JSON or MDX file; returns a Problem instead of throwing. */
export function parseContentFile(file: string, text: string): ParsedFile | Problem {
  return file.endsWith('.json') ? parseJson(file, text) : parseMdx(file, text);
}

function parseJson(file: string, text: string): ParsedFile | Problem {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : /line (\d+)/.exec(message)?.[1];
    return {
      file,
      ...(line === undefined ? {} : { line: Number(line) }),
      message: `JSON 格式错误，无法读取：请检查这一行及上一行的逗号、引号和括号（英文标点，最后一项后面不加逗号）。原始信息：${message}`,
    };
  }
}

function parseMdx(file: string, text: string): ParsedFile | Problem {
  const match = frontmatter.exec(text);
  if (!match) {
    return { file, line: 1, message: '文件开头缺少用 --- 包起来的信息区（front matter）：第一行应为 ---' };
  }
  try {
    const data = yaml.load(match[1]!) ?? {};
    const bodyLine = lineAt(text, match[0].length);
    return { data, body: text.slice(match[0].length), bodyLine };
  } catch (error) {
    const mark = (error as yaml.YAMLException).mark;
    return {
      file,
      ...(mark ? { line: mark.line + 2 } : {}),
      message: `信息区（--- 之间）格式错误：请检查冒号后的空格、缩进和引号。原始信息：${(error as Error).message.split('\n')[0]}`,
    };
  }
}

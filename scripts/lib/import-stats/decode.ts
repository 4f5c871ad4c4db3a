/** Stage 1: bytes to text. Excel saves "CSV UTF-8" with a BOM, but plain "CSV (逗号分隔)" on Chinese Windows as GB18030. */

export interface Decoded {
  text: string;
  encoding: 'UTF-8' | 'GB18030';
}

/** Decodes a CSV file's bytes: UTF-8 (the BOM is dropped) when they are valid UTF-8, otherwise GB18030. */
export function decodeCsv(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

/**
 * Reads a content file as text, or says in German why it cannot be one:
 * too large, binary (NUL bytes) or not UTF-8 (with the line of the first bad
 * byte). A byte order mark is accepted and removed, as Astro does.
 */
import { readFileSync, statSync } from 'node:fs';

/** Largest content file the checker reads (an entry is a few KB). */
export const MAX_FILE_BYTES = 512 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; line: number; column: number; code: string; message: string };

export function readContentFile(path: string): ReadResult {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    return { ok: false, line: 1, column: 1, code: 'file-size', message: `Die Datei ist ${Math.round(size / 1024)} KB groß; erlaubt sind höchstens ${MAX_FILE_BYTES / 1024} KB. Ist es wirklich ein Eintrag?` };
  }
  return decodeContent(readFileSync(path));
}

export function decodeContent(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, ...lineOf(bytes, nul), code: 'binary', message: 'Die Datei enthält Binärdaten (Null-Bytes) und ist keine Textdatei. Bitte als Text (UTF-8) speichern.' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    // Find the first byte that is not valid UTF-8, for its line.
    let bad = 0;
    for (let i = 0; i < bytes.length; i++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
      } catch {
        bad = i;
        break;
      }
    }
    return {
      ok: false,
      ...lineOf(bytes, bad),
      code: 'encoding',
      message: 'Die Datei ist nicht in UTF-8 gespeichert (z. B. Windows-1252 oder ISO-8859-1): Umlaute würden falsch angezeigt. Bitte im Editor als "UTF-8" speichern.',
    };
  }
}

function lineOf(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: index - start + 1 };
}

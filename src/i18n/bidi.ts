/**
 * Right-to-left pages quote German names inside Arabic text ("… (Hilfetelefon
 * „Schwangere in Not“)"). Left-to-right runs must be isolated, otherwise the
 * bidi algorithm pulls brackets and quotes to the wrong side. This splits a
 * text into runs; the component wraps the Latin ones in <bdi>. Numbers with
 * spaces count too: without isolation "116 117" would show as "117 116".
 */
export interface BidiRun {
  text: string;
  /** true for a run of Latin script or digits (with the spaces and punctuation inside it). */
  ltr: boolean;
}

const LATIN_RUN = /[A-Za-zÀ-ÖØ-öø-ÿ0-9](?:[A-Za-zÀ-ÖØ-öø-ÿ0-9 .,:/'’„“"–-]*[A-Za-zÀ-ÖØ-öø-ÿ0-9“"])?/g;

export function bidiRuns(text: string): BidiRun[] {
  const runs: BidiRun[] = [];
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    // Include an opening German quote right before the run.
    let start = m.index;
    if (start > last && text[start - 1] === '„') start -= 1;
    if (start > last) runs.push({ text: text.slice(last, start), ltr: false });
    runs.push({ text: text.slice(start, m.index + m[0].length), ltr: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ltr: false });
  return runs;
}

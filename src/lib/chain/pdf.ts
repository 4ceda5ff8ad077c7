/**
 * Whether this build produces the Familienwegweiser PDFs (/wegweiser/<ort>.pdf).
 * Pages link a PDF only when the build makes it: when a Chromium is present
 * (CHROMIUM_PATH, default /usr/bin/chromium) and WEGWEISER_PDF is not "0".
 * Otherwise they link the printable HTML guide only. The integration
 * scripts/after-build.ts (the second step of `npm run build`) renders the PDFs and fails
 * the build if it cannot, so that no page links a missing file.
 */
import { existsSync } from 'node:fs';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function pdfGuidesPlanned(): boolean {
  return process.env.WEGWEISER_PDF !== '0' && existsSync(chromiumPath());
}

/**
 * QR codes as inline SVG, generated at build time (no request at view time).
 * The code is decorative for assistive technology: the page prints the
 * address next to it.
 */
import QRCode from 'qrcode';

/**
 * Codes already made in this build, by URL: the same offer or contact point
 * appears in the guide of every town it serves and in the district's guide,
 * and making a code is the costly part of a guide page.
 */
const made = new Map<string, Promise<string>>();

/** An inline SVG QR code for `url`, hidden from screen readers (made once per URL and build). */
export function qrSvg(url: string): Promise<string> {
  let svg = made.get(url);
  if (svg === undefined) {
    svg = makeQrSvg(url);
    made.set(url, svg);
    // A failed code is not kept, so a later call tries again.
    svg.catch(() => made.delete(url));
  }
  return svg;
}

async function makeQrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr" ').replace(/\s*width="\d+"\s*height="\d+"/, '');
}

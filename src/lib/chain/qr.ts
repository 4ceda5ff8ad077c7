/**
 * QR codes as inline SVG, generated at build time (no request at view time).
 * The code is decorative for assistive technology: the page prints the
 * address next to it.
 */
import QRCode from 'qrcode';

/** An inline SVG QR code for `url`, hidden from screen readers. */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr" ').replace(/\s*width="\d+"\s*height="\d+"/, '');
}

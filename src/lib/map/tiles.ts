/**
 * Tile server settings for the map: whether loading tiles sends the
 * visitor's data to another origin (then consent is needed first).
 */

/**
 * True when tiles come from another origin than the site. A tile URL that is
 * site-relative ("/tiles/{z}/{x}/{y}.png") or on the site's own origin is a
 * self-hosted server: no data leaves the site, so no consent is asked.
 */
export function isThirdPartyTileUrl(tileUrl: string, siteUrl: string): boolean {
  if (tileUrl.startsWith('/') && !tileUrl.startsWith('//')) return false;
  try {
    const tiles = new URL(tileUrl.replace(/\{s\}/g, 'a'), siteUrl);
    return tiles.origin !== new URL(siteUrl).origin;
  } catch {
    return true;
  }
}

/** Host name of the tile server for plain-language texts ("tile.openstreetmap.org"). */
export function tileHost(tileUrl: string, siteUrl: string): string {
  try {
    return new URL(tileUrl.replace(/\{s\}/g, 'a'), siteUrl).host;
  } catch {
    return tileUrl;
  }
}

/**
 * The guide of one town from the loaded directory, with its QR codes: the
 * bridge between loading (astro:content, src/lib/entries.ts) and the pure
 * `buildGuide`.
 */
import { chainData } from '../../components/chain/data.ts';
import { hotlineGroups } from '../../components/chain/hotlines.ts';
import { qrSvg } from '../chain/qr.ts';
import { contactsForTown, isDistrict, type TownEntry } from '../entries.ts';
import { todayIso } from '../freshness.ts';
import { absoluteUrl } from '../urls.ts';
import { siteConfig } from '../../site.config.ts';
import { buildGuide, type Guide } from './build.ts';

/** The guide of `town` and an inline SVG QR code for every path in it. */
export async function loadGuide(town: TownEntry): Promise<{ guide: Guide; qr: ReadonlyMap<string, string> }> {
  const { dir, phases } = await chainData();
  const guide = buildGuide({
    dir,
    town,
    district: isDistrict(town),
    townContacts: contactsForTown(dir, town.id).map((c) => c.contact),
    phases,
    hotlines: hotlineGroups(dir),
    today: todayIso(),
    siteUrl: siteConfig.url,
    siteName: siteConfig.name,
  });
  const codes = await Promise.all(guide.qrPaths.map(async (path) => [path, await qrSvg(absoluteUrl(siteConfig.url, path))] as const));
  return { guide, qr: new Map(codes) };
}

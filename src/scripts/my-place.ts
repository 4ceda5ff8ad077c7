/**
 * "Mein Ort": with JavaScript, the form goes straight to the town page, or
 * explains in place why it cannot (postcode outside the district, not a
 * postcode, shared postcode). Without JavaScript the form submits to
 * /suche/ort/, which lists every town with its postcodes.
 */
import { lookupPostcode, myPlaceTarget, type PostcodeIndex } from '../lib/search/postcode.ts';
import { PAGES, entryUrl } from '../lib/urls.ts';

interface Data {
  postcodes: PostcodeIndex;
  towns: [string, string][];
}

/** The message for a form that does not lead to one town, as HTML-free DOM nodes. */
export function explain(data: Data, town: string, postcode: string): Node[] {
  const names = new Map(data.towns);
  const p = document.createElement('p');
  const link = (href: string, text: string) => Object.assign(document.createElement('a'), { href, textContent: text });
  const result = lookupPostcode(data.postcodes, postcode);
  if (!town && result.kind === 'empty') {
    p.textContent = 'Bitte wählen Sie einen Ort oder geben Sie Ihre Postleitzahl ein.';
  } else if (result.kind === 'invalid') {
    p.append(`„${result.input}“ ist keine Postleitzahl und kein Ort im Kreis Unna. Geben Sie fünf Ziffern ein, zum Beispiel 59423, oder den Namen Ihres Ortes: `);
    data.towns.forEach(([id, name], i) => {
      if (i > 0) p.append(', ');
      p.append(link(entryUrl('towns', id), name));
    });
    p.append('.');
  } else if (result.kind === 'outside') {
    p.append(
      `Die Postleitzahl ${result.postcode} liegt nicht im Kreis Unna. Diese Seite kennt nur Angebote im Kreis Unna. Bundesweite Hilfe, zum Beispiel Beratung am Telefon, finden Sie unter `,
      link(PAGES.quickHelp, 'Schnelle Hilfe'),
      '.',
    );
  } else if (result.kind === 'town') {
    p.append(`Die Postleitzahl ${result.postcode} gehört zu mehreren Orten: `);
    result.towns.forEach((id, i) => {
      if (i > 0) p.append(i === result.towns.length - 1 ? ' oder ' : ', ');
      p.append(link(entryUrl('towns', id), names.get(id) ?? id));
    });
    p.append('.');
  }
  return [p];
}

export function initMyPlace(root: ParentNode = document): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-my-place]')) {
    const form = box.querySelector('form');
    const msg = box.querySelector<HTMLElement>('.my-place-msg');
    const raw = box.querySelector('[data-my-place-data]')?.textContent;
    if (!form || !msg || !raw) continue;
    const data = JSON.parse(raw) as Data;
    const known = data.towns.map(([id]) => id);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const fields = new FormData(form);
      const town = String(fields.get('ort') ?? '');
      const postcode = String(fields.get('plz') ?? '');
      const target = myPlaceTarget(data.postcodes, town, postcode, known, data.towns);
      if (target) {
        location.href = target;
        return;
      }
      msg.replaceChildren(...explain(data, town, postcode));
    });
  }
}

/**
 * On /suche/ort/ (where the form lands without JavaScript, or from a shared
 * link): go on to the town page, or show the message and keep the input.
 */
export function resolveOnLoad(root: ParentNode = document): void {
  const box = root.querySelector<HTMLElement>('[data-my-place]');
  const raw = box?.querySelector('[data-my-place-data]')?.textContent;
  const msg = box?.querySelector<HTMLElement>('.my-place-msg');
  if (!box || !raw || !msg) return;
  const params = new URLSearchParams(location.search);
  const town = params.get('ort') ?? '';
  const postcode = params.get('plz') ?? '';
  if (!town && !postcode) return;
  const data = JSON.parse(raw) as Data;
  const target = myPlaceTarget(data.postcodes, town, postcode, data.towns.map(([id]) => id), data.towns);
  if (target) {
    location.replace(target);
    return;
  }
  const select = box.querySelector<HTMLSelectElement>('select[name="ort"]');
  const input = box.querySelector<HTMLInputElement>('input[name="plz"]');
  if (select) select.value = town;
  if (input) input.value = postcode;
  msg.replaceChildren(...explain(data, town, postcode));
}

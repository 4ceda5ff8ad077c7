/**
 * The small script every page with a map carries. It does not load Leaflet:
 * it shows the consent controls, and only when the visitor clicks
 * "Karte laden" (or has ticked "für diese Website merken" before) does it
 * `import()` the map module and its stylesheet. Nothing is written to
 * storage unless "merken" is ticked; no request leaves the site before.
 */
import { consentToken, hasRememberedConsent, rememberConsent, safeStorage } from '../../lib/map/consent.ts';
import { readMapStrings } from '../../lib/map/strings.ts';

type Root = HTMLElement & { _bffMap?: Promise<unknown> };

const storage = safeStorage(() => window.localStorage);

function show(root: Root, focus: boolean): Promise<unknown> {
  if (root._bffMap) return root._bffMap;
  const consent = root.querySelector<HTMLElement>('[data-map-consent]');
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]');
  const after = root.querySelectorAll<HTMLElement>('[data-map-after]');
  const status = root.querySelector<HTMLElement>('[data-map-status]');
  const s = readMapStrings(root);
  if (!canvas || !s) return Promise.resolve();
  if (status) status.textContent = s.loading;
  root._bffMap = import('./map.ts')
    .then(async ({ mountMap }) => {
      if (consent) consent.hidden = true;
      canvas.hidden = false;
      after.forEach((n) => (n.hidden = false));
      const handle = await mountMap(root);
      if (status) status.textContent = s.loaded;
      if (focus) canvas.focus({ preventScroll: false });
      return handle;
    })
    .catch((error: unknown) => {
      console.error(error);
      root.dataset.mapState = 'error';
      if (consent) consent.hidden = false;
      canvas.hidden = true;
      if (status) status.textContent = s.failed;
      root._bffMap = undefined;
    });
  return root._bffMap;
}

/** Shows the map when it comes near the viewport (remembered consent or no consent needed). */
function showWhenVisible(root: Root): void {
  if (!('IntersectionObserver' in window)) {
    void show(root, false);
    return;
  }
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        void show(root, false);
      }
    },
    { rootMargin: '300px 0px' },
  );
  io.observe(root);
}

function init(): void {
  const roots = [...document.querySelectorAll<Root>('[data-place-map]')];
  for (const root of roots) {
    const controls = root.querySelector<HTMLElement>('[data-map-controls]');
    if (controls) controls.hidden = false;
    const token = consentToken(root.dataset.tileHost ?? '');
    const needsConsent = root.dataset.needsConsent !== 'false';
    if (!needsConsent || hasRememberedConsent(storage, token)) {
      root.dataset.mapConsent = needsConsent ? 'remembered' : 'not-needed';
      showWhenVisible(root);
      continue;
    }
    root.dataset.mapConsent = 'pending';
    const button = root.querySelector<HTMLButtonElement>('[data-map-load]');
    const remember = root.querySelector<HTMLInputElement>('[data-map-remember]');
    button?.addEventListener('click', () => {
      performance.mark('bff-map-consent');
      if (remember?.checked) rememberConsent(storage, token);
      // Consent covers this page view: load every map on the page.
      for (const r of roots) {
        r.dataset.mapConsent = remember?.checked ? 'remembered' : 'given';
        void show(r, r === root);
      }
    });
  }
}

init();

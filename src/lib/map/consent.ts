/**
 * Consent to load map tiles. Nothing is written unless the visitor ticks
 * "für diese Website merken"; then one localStorage key holds the choice.
 * Browser-safe; the storage is passed in so tests can use a fake.
 */

export const CONSENT_KEY = 'bff-karte-einwilligung';
/** Default stored value (see `consentToken`, which the site uses). */
export const CONSENT_VALUE = 'v1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage if usable (private modes and blocked storage throw). */
export function safeStorage(get: () => StorageLike | undefined): StorageLike | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** True when the visitor has asked to remember their consent for this tile provider. */
export function hasRememberedConsent(storage: StorageLike | undefined, value = CONSENT_VALUE): boolean {
  try {
    return storage?.getItem(CONSENT_KEY) === value;
  } catch {
    return false;
  }
}

/** Remembers the consent (only call when the visitor ticked "merken"). */
export function rememberConsent(storage: StorageLike | undefined, value = CONSENT_VALUE): boolean {
  try {
    storage?.setItem(CONSENT_KEY, value);
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Withdraws a remembered consent. Returns true when one was stored. */
export function forgetConsent(storage: StorageLike | undefined): boolean {
  try {
    const had = storage?.getItem(CONSENT_KEY) != null;
    storage?.removeItem(CONSENT_KEY);
    return had;
  } catch {
    return false;
  }
}

/**
 * The stored token for a tile host: consent is given to one provider, so a
 * change of tile server asks again.
 */
export function consentToken(host: string): string {
  return `v1:${host}`;
}

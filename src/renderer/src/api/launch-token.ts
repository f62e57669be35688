const STORAGE_KEY = 'aisle.launchToken';

/**
 * Web mode's launch token arrives in the URL fragment (`#token=…`), which browsers never send
 * to servers or in referrers. It moves to sessionStorage (this tab only, gone when it closes)
 * and the fragment is wiped from the address bar and history.
 */
export const takeLaunchToken = (location: Location, history: History, storage: Storage): string | null => {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY);
};

/**
 * The offline copy in the browser: registers the Workbox service worker (src/libs/offline/service-worker.ts) when
 * the reader keeps the site offline, removes it and its caches when they turn that off, and offers a new version
 * when one has installed. The worker and its caching are Workbox's; this is only the page's side of it, with the
 * standard service-worker API (the waiting worker takes over when it gets Workbox's `SKIP_WAITING` message).
 * Stored progress (`localStorage`) is never touched here: an update only replaces the cached copy of the site.
 */
import { keepsOffline, OFFLINE_KEY, parseOfflineChoice, type OfflineChoice } from './setting';

const base = import.meta.env.BASE_URL;

/** Workbox names its caches `<cacheId>-precache-…` and `<cacheId>-runtime-…` (cacheId in service-worker.ts). */
const CACHE_PREFIX = 'aws-ml-study-';

/** How often an open tab asks for a new version when it comes back into view. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export const offlineSupported = (): boolean => typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

export function readOfflineChoice(): OfflineChoice | undefined {
  try {
    return parseOfflineChoice(localStorage.getItem(OFFLINE_KEY));
  } catch {
    return undefined; // storage blocked: no choice, the default applies
  }
}

export function saveData(): boolean | undefined {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
}

/** Called with the new version's worker once it has installed and waits for the reader. */
export type OnUpdate = (accept: () => void) => void;

function watchForUpdates(registration: ServiceWorkerRegistration, onUpdate: OnUpdate) {
  let offered: ServiceWorker | undefined;
  const offer = () => {
    const waiting = registration.waiting;
    // No controller means this is the first install, not an update: nothing to offer.
    if (!waiting || !navigator.serviceWorker.controller || waiting === offered) return;
    offered = waiting;
    onUpdate(() => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  const track = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer();
    });
  offer();
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  let checked = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - checked < UPDATE_CHECK_MS) return;
    checked = Date.now();
    registration.update().catch(() => undefined); // offline: try again next time
  });
}

/** Registers the worker (which then keeps the whole site offline) and watches for new versions. */
export async function keepSiteOffline(onUpdate: OnUpdate): Promise<boolean> {
  if (!offlineSupported()) return false;
  try {
    const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    watchForUpdates(registration, onUpdate);
    return true;
  } catch {
    return false; // blocked (private mode, a policy, a test run): the site works online as before
  }
}

/** Removes the worker and every cache it made; the next page load comes from the network. */
export async function dropOfflineCopy(): Promise<void> {
  if (!offlineSupported()) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(
    registrations.filter((registration) => new URL(registration.scope).pathname === base).map((registration) => registration.unregister()),
  );
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => caches.delete(name)));
}

/**
 * On every page (Footer.astro loads this module once the page has loaded and settled): keep the offline copy when
 * the reader keeps the site offline (or by default), and show the "new version" bar when an update waits.
 */
export function startOffline(bar: HTMLElement, status: HTMLElement): void {
  if (!offlineSupported() || !keepsOffline(readOfflineChoice(), saveData())) return;
  void keepSiteOffline((accept) => {
    bar.hidden = false;
    status.textContent = 'A new version of this site is ready: use Reload now to update.';
    bar.querySelector('[data-site-update-accept]')?.addEventListener('click', accept, { once: true });
    bar.querySelector('[data-site-update-later]')?.addEventListener('click', () => {
      bar.hidden = true;
      status.textContent = '';
    });
  });
}

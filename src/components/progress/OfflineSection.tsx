/**
 * The dashboard's "Study offline" section: whether this browser keeps the site offline, how big that copy is, and
 * a switch for readers on a metered connection. The rules are src/libs/offline/setting.ts and summary.ts; registering and removing
 * the service worker is src/libs/offline/client.ts.
 */
import { useEffect, useState } from 'preact/hooks';

import { dropOfflineCopy, keepSiteOffline, offlineSupported, readOfflineChoice, saveData } from '~/libs/offline/client';
import { keepsOffline, OFFLINE_KEY, serializeOfflineChoice, type OfflineChoice } from '~/libs/offline/setting';
import { formatSize, offlineReason, parseOfflineSize, type OfflineSize } from '~/libs/offline/summary';

type CopyState = 'checking' | 'saved' | 'saving' | 'none';

async function copyState(base: string): Promise<CopyState> {
  const registration = await navigator.serviceWorker.getRegistration(base);
  if (!registration) return 'none';
  if (registration.active) return 'saved';
  return registration.installing || registration.waiting ? 'saving' : 'none';
}

const STATE_TEXT: Record<CopyState, string> = {
  checking: 'Checking what this browser keeps…',
  saved: 'Saved: this browser has the whole site, and opens it with no network.',
  saving: 'Downloading the site in the background…',
  none: 'Not saved: this browser needs the network for each page.',
};

export function OfflineSection(props: { base: string }) {
  const supported = offlineSupported();
  const [choice, setChoice] = useState<OfflineChoice | undefined>(undefined);
  const [size, setSize] = useState<OfflineSize | undefined>(undefined);
  const [state, setState] = useState<CopyState>('checking');
  const [message, setMessage] = useState('');

  useEffect(() => {
    setChoice(readOfflineChoice());
    if (!supported) return;
    const check = () => void copyState(props.base).then(setState, () => setState('none'));
    check();
    // The worker may register (on page load) or finish installing after this section first looks.
    void navigator.serviceWorker.ready.then(check);
    void fetch(`${props.base}offline.json`)
      .then((response) => (response.ok ? response.json() : undefined))
      .then((value: unknown) => setSize(parseOfflineSize(value)))
      .catch(() => setSize(undefined));
  }, [props.base, supported]);

  const on = keepsOffline(choice, saveData());
  const change = async (keep: boolean) => {
    const next = { keepOffline: keep };
    try {
      localStorage.setItem(OFFLINE_KEY, serializeOfflineChoice(next));
    } catch {
      setMessage('The browser did not let this page save your choice (its storage is full or blocked); it applies to this visit only.');
    }
    setChoice(next);
    if (keep) {
      setState('saving');
      const registered = await keepSiteOffline(() => undefined);
      setState(registered ? await copyState(props.base) : 'none');
      if (registered) await navigator.serviceWorker.ready;
      setState(registered ? 'saved' : 'none');
      if (!registered) setMessage('This browser refused to keep the site offline (a private window or a browser setting may block it).');
    } else {
      await dropOfflineCopy().catch(() => undefined);
      setState(await copyState(props.base));
      setMessage('The offline copy is removed from this browser. Your progress is kept.');
    }
  };

  return (
    <section class="dashboard-section" aria-labelledby="dashboard-offline" data-testid="dashboard-offline">
      <h2 id="dashboard-offline">Study offline</h2>
      {supported ? (
        <>
          <p>
            After a first visit the site can keep a copy of itself in this browser: every page, the search, the tools, the flashcards and the mock
            exams then work with no network (a train, a plane, a testing-centre queue)
            {size
              ? `. The copy is ${formatSize(size.bytes)} in ${String(size.files)} files, downloaded once in the background; a new version downloads only what changed`
              : ''}
            . Your progress is stored apart from it and is never touched by it.
          </p>
          <label class="dashboard-check">
            <input type="checkbox" checked={on} onChange={(event) => void change(event.currentTarget.checked)} />
            Keep this site offline in this browser
          </label>
          <p class="dashboard-muted">{offlineReason(choice, saveData())}</p>
          <p data-testid="offline-state" data-state={state}>
            {STATE_TEXT[state]}
          </p>
        </>
      ) : (
        <p>This browser cannot keep the site offline (it has no service workers); every page still works online.</p>
      )}
      <p role="status" class="dashboard-muted" data-testid="offline-status">
        {message}
      </p>
    </section>
  );
}

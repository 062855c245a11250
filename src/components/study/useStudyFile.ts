import { useEffect, useState } from 'preact/hooks';

/** A study data file (the flashcards' or the questions' JSON): loading, read, or failed with the reason to show. */
export type StudyFile<T> =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'failed'; readonly reason: string };

/** Fetches `url` once and checks it with `read` (undefined: not in the expected format). */
export function useStudyFile<T>(url: string, read: (value: unknown) => T | undefined): StudyFile<T> {
  const [file, setFile] = useState<StudyFile<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((json: unknown) => {
        const value = read(json);
        if (live) setFile(value ? { status: 'ready', value } : { status: 'failed', reason: 'the file was not in the expected format' });
      })
      .catch((error: unknown) => {
        if (live) setFile({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [url, read]);
  return file;
}

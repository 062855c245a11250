import { useCallback, useRef, useState } from 'preact/hooks';

import { readBankFile, type Bank, type BankQuestion, type ExamOutline } from '~/libs/practice/bank';

/** An exam's question bank: not asked for yet, loading, ready (with its questions by key), or failed with the reason. */
export type BankState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly bank: Bank; readonly byKey: ReadonlyMap<string, BankQuestion> }
  | { readonly status: 'failed'; readonly reason: string };

const IDLE: BankState = { status: 'idle' };

/**
 * The exams' question banks, each fetched from its JSON file the first time it is asked for (`load`), never at page
 * load, so the page stays light until an exam starts. A failed load can be asked for again.
 */
export function useBanks(exams: readonly ExamOutline[]) {
  const [banks, setBanks] = useState<ReadonlyMap<string, BankState>>(new Map());
  const asked = useRef(new Set<string>());

  const set = useCallback((key: string, state: BankState) => setBanks((before) => new Map(before).set(key, state)), []);

  const load = useCallback(
    (key: string) => {
      const exam = exams.find((e) => e.key === key);
      if (exam === undefined || asked.current.has(key)) return;
      asked.current.add(key);
      set(key, { status: 'loading' });
      fetch(exam.bankUrl)
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then((json: unknown) => {
          const bank = readBankFile(json, key);
          if (bank) set(key, { status: 'ready', bank, byKey: new Map(bank.questions.map((q) => [q.key, q])) });
          else throw new Error('the file was not in the expected format');
        })
        .catch((error: unknown) => {
          asked.current.delete(key);
          set(key, { status: 'failed', reason: error instanceof Error ? error.message : String(error) });
        });
    },
    [exams, set],
  );

  const get = useCallback((key: string): BankState => banks.get(key) ?? IDLE, [banks]);
  return { get, load };
}

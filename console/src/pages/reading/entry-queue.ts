import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, client, idempotencyKey, unwrap } from '../../api.ts';
import type { ReadingResult } from './model.ts';

/**
 * The phone's queue of field readings, kept in localStorage so that nothing typed is lost offline
 * or on a reload. Each entry gets its `Idempotency-Key` when it is typed and keeps it: every
 * attempt of `POST /v1/readings` sends the same key, so a reply lost on the way (the server stored
 * the reading, the phone saw an error) is replayed, not recorded twice. Failures the server may
 * not have seen or may get over (offline, 5xx, 429, "same key in progress") are retried on the
 * `online` event and on a timer; a refusal (4xx) is final and shown with its reason.
 */
export type EntryState = 'pending' | 'sending' | 'retrying' | 'accepted' | 'rejected';

export interface QueuedEntry {
  key: string;
  meterId: string;
  serial: string;
  cycleId: string;
  value: number;
  readAt: string;
  state: EntryState;
  attempts: number;
  /** The last failure, for the reader (a network error, the server's status). */
  lastError?: string;
  result?: ReadingResult;
}

export const RETRY_EVERY_MS = 15_000;

export const queueKey = (tenant: string, username: string) => `gascare.reading-queue.${tenant}.${username}`;

export function loadQueue(storageKey: string): QueuedEntry[] {
  try {
    const entries = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as QueuedEntry[];
    // An attempt cut off by a reload is retried with its key.
    return entries.map((e) => (e.state === 'sending' ? { ...e, state: 'retrying' } : e));
  } catch {
    return [];
  }
}

function storeQueue(storageKey: string, entries: QueuedEntry[]): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(entries));
  } catch {
    // storage full or unavailable: the entries stay in memory for this page
  }
}

/** Whether a failed attempt may succeed later with the same key. */
export const retryable = (error: ApiError) => error.status === 0 || error.status >= 500 || error.status === 429 || error.code === 'idempotency-in-progress';

async function post(entry: QueuedEntry): Promise<ReadingResult> {
  const out = (await unwrap(
    client.POST('/v1/readings', {
      body: { readings: [{ meterId: entry.meterId, value: entry.value, readAt: entry.readAt, source: 'field' }] },
      headers: { 'Idempotency-Key': entry.key },
    }),
  )) as { results: ReadingResult[] };
  return out.results[0]!;
}

export function useEntryQueue(storageKey: string, describe: (error: ApiError) => string, onSettled: () => void) {
  const [entries, setEntries] = useState<QueuedEntry[]>(() => loadQueue(storageKey));
  const current = useRef(entries);
  const flushing = useRef(false);
  const settled = useRef(onSettled);
  settled.current = onSettled;

  const update = useCallback(
    (change: (entries: QueuedEntry[]) => QueuedEntry[]) => {
      current.current = change(current.current);
      storeQueue(storageKey, current.current);
      setEntries(current.current);
    },
    [storageKey],
  );
  const patch = useCallback((key: string, fields: Partial<QueuedEntry>) => update((all) => all.map((e) => (e.key === key ? { ...e, ...fields } : e))), [update]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    let accepted = false;
    try {
      for (const entry of current.current.filter((e) => e.state === 'pending' || e.state === 'retrying')) {
        patch(entry.key, { state: 'sending', attempts: entry.attempts + 1 });
        try {
          const result = await post(entry);
          patch(entry.key, { state: result.status, result, lastError: undefined });
          accepted ||= result.status === 'accepted';
        } catch (error) {
          const apiError = error instanceof ApiError ? error : new ApiError(0, { type: 'network', title: String(error), status: 0 });
          if (apiError.status === 401) patch(entry.key, { state: 'retrying' });
          else if (retryable(apiError)) patch(entry.key, { state: 'retrying', lastError: describe(apiError) });
          else patch(entry.key, { state: 'rejected', lastError: describe(apiError) });
        }
      }
    } finally {
      flushing.current = false;
    }
    if (accepted) settled.current();
  }, [patch, describe]);

  const add = useCallback(
    (entry: Omit<QueuedEntry, 'key' | 'state' | 'attempts'>) => {
      update((all) => [...all, { ...entry, key: idempotencyKey(), state: 'pending', attempts: 0 }]);
      void flush();
    },
    [update, flush],
  );
  const clearDone = useCallback(() => update((all) => all.filter((e) => e.state !== 'accepted' && e.state !== 'rejected')), [update]);

  useEffect(() => {
    void flush();
    const retry = () => void flush();
    window.addEventListener('online', retry);
    const timer = window.setInterval(retry, RETRY_EVERY_MS);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [flush]);

  return { entries, add, flush, clearDone };
}

import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api.ts';

/**
 * Load something from the API for a page: data, error, loading and reload. A 401 is the session
 * ending (handled by the auth hook), so it is not reported as the page's error.
 */
export interface Loaded<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload(): void;
}

export function useRequest<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    stableLoad(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError(0, { type: 'client', title: String(error), status: 0 });
        setState((s) => ({ data: s.data, error: apiError.status === 401 ? undefined : apiError, loading: false }));
      },
    );
    return () => controller.abort();
  }, [stableLoad, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

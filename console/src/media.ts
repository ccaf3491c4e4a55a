import { useSyncExternalStore } from 'react';

/** Phones and narrow tablets (below antd's `md`): navigation in a drawer, large touch targets. */
const PHONE = '(max-width: 767.98px)';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (listener) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    () => window.matchMedia(query).matches,
  );
}

export const useIsPhone = () => useMediaQuery(PHONE);

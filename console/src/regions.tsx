import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { client, unwrap } from './api.ts';

/**
 * The region scope of the console: the regions the user may see (GET /v1/regions answers a
 * manager with their own regions only) and the one they chose to look at, or all of them.
 * Pages pass `regionId` to the API; the API enforces the same scope.
 */
export interface RegionOption {
  regionId: string;
  name: string;
  kind: 'region' | 'business-hall';
}

interface RegionScope {
  regions: RegionOption[];
  loading: boolean;
  /** The chosen region; undefined: every region the user may see. */
  regionId?: string;
  setRegionId(regionId: string | undefined): void;
  nameOf(regionId: string): string;
  reload(): void;
}

const KEY = 'gascare.region';
const RegionContext = createContext<RegionScope | undefined>(undefined);

export function RegionScopeProvider({ children }: { children: ReactNode }) {
  const [regions, setRegions] = useState<RegionOption[]>([]);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const [regionId, setRegion] = useState<string | undefined>(() => sessionStorage.getItem(KEY) ?? undefined);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    unwrap(client.GET('/v1/regions', { signal: controller.signal }))
      .then((out) => {
        setRegions(out.items);
        // A stored choice the user may no longer see falls back to "all".
        setRegion((current) => (current && out.items.some((r) => r.regionId === current) ? current : undefined));
      })
      .catch(() => undefined)
      .finally(() => !controller.signal.aborted && setLoading(false));
    return () => controller.abort();
  }, [round]);

  const setRegionId = useCallback((id: string | undefined) => {
    if (id) sessionStorage.setItem(KEY, id);
    else sessionStorage.removeItem(KEY);
    setRegion(id);
  }, []);

  const value = useMemo<RegionScope>(
    () => ({
      regions,
      loading,
      regionId,
      setRegionId,
      nameOf: (id) => regions.find((r) => r.regionId === id)?.name ?? id,
      reload: () => setRound((r) => r + 1),
    }),
    [regions, loading, regionId, setRegionId],
  );
  return <RegionContext.Provider value={value}>{children}</RegionContext.Provider>;
}

export function useRegionScope(): RegionScope {
  const scope = useContext(RegionContext);
  if (!scope) throw new Error('useRegionScope outside RegionScopeProvider');
  return scope;
}

import { Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth.tsx';
import { useRegionScope } from '../regions.tsx';

const ALL = '*';

/** The region scope picker: only the regions the user may see (the API answers a manager with theirs). */
export function RegionSelect({ block }: { block?: boolean }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { regions, regionId, setRegionId, loading } = useRegionScope();
  const labelId = useId();
  const scoped = Array.isArray(user.regions);
  return (
    <div className="region-select">
      <span id={labelId} className="sr-only">
        {t('region.selector')}
      </span>
      <Select
        aria-labelledby={labelId}
        data-testid="region-select"
        loading={loading}
        value={regionId ?? ALL}
        onChange={(value: string) => setRegionId(value === ALL ? undefined : value)}
        style={{ width: block ? '100%' : 200 }}
        popupMatchSelectWidth={false}
        options={[
          { value: ALL, label: scoped ? t('region.allMine') : t('region.all') },
          ...regions.map((r) => ({ value: r.regionId, label: r.name })),
        ]}
      />
    </div>
  );
}

import { Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionScope } from '../../regions.tsx';

/**
 * The one region a reading page looks at (read books and their cycles are per region): the
 * header's scope when it names one, else the user's first region. A user with several regions
 * gets a picker bound to the same scope.
 */
export function useReadingRegion(): { regionId?: string; loading: boolean } {
  const { regions, regionId, loading } = useRegionScope();
  return { regionId: regionId ?? regions[0]?.regionId, loading };
}

export function ReadingRegionPicker() {
  const { t } = useTranslation();
  const { regions, setRegionId } = useRegionScope();
  const { regionId } = useReadingRegion();
  const labelId = useId();
  if (regions.length < 2) return null;
  return (
    <div className="reading-region">
      <span id={labelId}>{t('reading.region')}</span>
      <Select
        aria-labelledby={labelId}
        data-testid="reading-region"
        value={regionId}
        onChange={(value: string) => setRegionId(value)}
        style={{ minWidth: 160 }}
        popupMatchSelectWidth={false}
        options={regions.map((r) => ({ value: r.regionId, label: r.name }))}
      />
    </div>
  );
}

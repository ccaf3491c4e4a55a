import { HeartFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LifecycleState } from './model.ts';

/** Small pieces the customer pages share: the state tag, the special-care mark, problem texts. */
const STATE_COLORS: Record<LifecycleState, string> = {
  applied: 'default',
  accepted: 'processing',
  'gas-on': 'success',
  suspended: 'warning',
  closed: 'error',
};

export function StateTag({ state }: { state: LifecycleState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-state={state} className="customer-state">
      {t(`customers.states.${state}`)}
    </Tag>
  );
}

export interface SpecialCareFlags {
  elderly: boolean;
  disabled: boolean;
  livingAlone: boolean;
}

export const SPECIAL_CARE_GROUPS = ['elderly', 'disabled', 'livingAlone'] as const;

export function useSpecialCareGroups() {
  const { t, i18n } = useTranslation();
  const separator = i18n.language.startsWith('zh') ? '、' : ', ';
  return (flags: SpecialCareFlags) =>
    SPECIAL_CARE_GROUPS.filter((g) => flags[g])
      .map((g) => t(`customers.specialCare.${g}`))
      .join(separator);
}

/** A heart for a special-care household, named for screen readers (and a tooltip for the mouse). */
export function SpecialCareIcon({ flags }: { flags: SpecialCareFlags }) {
  const { t } = useTranslation();
  const groups = useSpecialCareGroups()(flags);
  if (!groups) return null;
  const label = t('customers.specialCare.icon', { groups });
  return (
    <Tooltip title={label}>
      <HeartFilled className="special-care-icon" aria-label={label} data-testid="special-care" />
    </Tooltip>
  );
}


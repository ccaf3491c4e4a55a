import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignState, CampaignView } from '../../../../shared/contract/surveys.ts';
import { useFormat } from '../../format.ts';
import { rateText } from './model.ts';

/** The state as a tagged word (never colour alone). */
const STATE_COLORS: Record<CampaignState, string> = { draft: 'default', running: 'processing', paused: 'warning' };

export function StateTag({ state }: { state: CampaignState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-state={state}>
      {t(`surveys.states.${state}`)}
    </Tag>
  );
}

/** "每季度" or "工单关闭后": what makes the campaign sample. */
export function PlanText({ campaign }: { campaign: Pick<CampaignView, 'kind' | 'schedule' | 'trigger'> }) {
  const { t } = useTranslation();
  if (campaign.kind === 'periodic') return <>{campaign.schedule ? t(`surveys.schedules.${campaign.schedule}`) : '—'}</>;
  return <>{campaign.trigger ? t(`surveys.triggers.${campaign.trigger}`) : '—'}</>;
}

/** Invited, answered and the response rate ("暂无数据" before anyone was invited). */
export function ProgressText({ progress }: { progress: CampaignView['progress'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <span className="survey-progress" data-testid="campaign-progress">
      {t('surveys.progress.summary', { invited: f.number(progress.invited), answered: f.number(progress.answered), rate: rateText(progress.responseRate, f.percent, t('surveys.noData')) })}
    </span>
  );
}

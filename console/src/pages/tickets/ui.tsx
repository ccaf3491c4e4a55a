import { HeartFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketKind, TicketRisk, TicketView } from '../../../../shared/contract/tickets.ts';
import { useFormat } from '../../format.ts';
import { spanParts } from './model.ts';

const RISK_COLORS: Record<TicketRisk, string> = { breached: 'error', 'due-soon': 'warning', 'on-track': 'success' };
const KIND_COLORS: Record<TicketKind, string> = { inquiry: 'default', repair: 'processing', emergency: 'error', complaint: 'warning' };

/** The clock, ticking every 30 s (a countdown in minutes needs no more). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function KindTag({ ticket }: { ticket: Pick<TicketView, 'kind' | 'priority'> }) {
  const { t } = useTranslation();
  return (
    <span className="ticket-kind">
      <Tag color={KIND_COLORS[ticket.kind]}>{t(`tickets.kinds.${ticket.kind}`)}</Tag>
      {ticket.priority === 'urgent' && ticket.kind !== 'emergency' && <Tag color="error">{t('tickets.priorities.urgent')}</Tag>}
    </span>
  );
}

export function RiskTag({ risk }: { risk: TicketRisk | null }) {
  const { t } = useTranslation();
  if (!risk) return null;
  return (
    <Tag color={RISK_COLORS[risk]} data-risk={risk}>
      {t(`tickets.risks.${risk}`)}
    </Tag>
  );
}

/** A heart for a special-care household, with its name for screen readers. */
export function SpecialCareMark({ on }: { on: boolean }) {
  const { t } = useTranslation();
  if (!on) return null;
  return (
    <Tooltip title={t('tickets.specialCare')}>
      <HeartFilled className="special-care-icon" role="img" aria-label={t('tickets.specialCare')} data-testid="special-care" />
    </Tooltip>
  );
}

/** Time left to a deadline, or how long it is overdue; the deadline itself below. */
export function Countdown({ due, now }: { due: string | null; now: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!due) return <span className="ticket-countdown">{t('tickets.countdown.none')}</span>;
  const ms = Date.parse(due) - now;
  const p = spanParts(ms);
  const time = t(`tickets.duration.${p.key}`, { d: p.d, h: p.h, m: p.m });
  return (
    <span className={`ticket-countdown ${ms < 0 ? 'ticket-overdue' : ''}`} data-testid="countdown" title={f.dateTime(due)}>
      {ms < 0 ? t('tickets.countdown.overdue', { time }) : t('tickets.countdown.left', { time })}
      <br />
      <span className="ticket-due">{f.dateTime(due)}</span>
    </span>
  );
}

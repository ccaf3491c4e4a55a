import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarView } from '../../../../shared/contract/calendar.ts';
import { ApiError, client, unwrap } from '../../api.ts';
import { useAuth, useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { navigate, useLocation } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import './calendar.css';
import './messages.ts';

type Day = CalendarView['days'][number];
type Interval = CalendarView['workingHours'][number];
type Kind = 'holiday' | 'makeup-working' | 'weekend' | 'working';

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 0 = Monday … 6 = Sunday (the week starts on Monday in China). */
const mondayIndex = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
const isWeekend = (date: string) => mondayIndex(date) >= 5;
const todayIn = (timeZone: string) => new Date().toLocaleString('sv-SE', { timeZone }).slice(0, 10);
const HHMM = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const hoursValid = (hours: Interval[]) => hours.length > 0 && hours.every((h, i) => HHMM.test(h.start) && HHMM.test(h.end) && h.start < h.end && (i === 0 || hours[i - 1]!.end <= h.start));

/**
 * The tenant's business calendar of a year: twelve compact month grids with holidays and make-up
 * working days marked by colour and a badge (休 / 班), today outlined; an admin clicks a day to
 * mark or unmark it, edits the working hours and saves (PUT with the version read).
 */
export default function CalendarPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const { timeZone } = useAuth();
  const { user } = useSession();
  const admin = user.roles.includes('admin');
  const { search } = useLocation();
  const today = todayIn(timeZone);
  const thisYear = Number(today.slice(0, 4));
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;

  const { data, loading, error, reload } = useRequest((signal) => unwrap(client.GET('/v1/calendar/{year}', { params: { path: { year } }, signal })), [year]);
  const [days, setDays] = useState<Day[]>([]);
  const [hours, setHours] = useState<Interval[]>([]);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<string>();

  useEffect(() => {
    if (!data) return;
    setDays(data.days);
    setHours(data.workingHours);
    setDirty(false);
  }, [data]);

  const byDate = useMemo(() => new Map(days.map((d) => [d.date, d])), [days]);
  const kindOf = (date: string): Kind => byDate.get(date)?.kind ?? (isWeekend(date) ? 'weekend' : 'working');

  const monthName = useMemo(() => new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' }), [i18n.language]);
  const weekdayNames = useMemo(() => {
    const fmt = new Intl.DateTimeFormat(i18n.language, { weekday: 'narrow', timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, i) => fmt.format(new Date(Date.UTC(2026, 10, 30 + i)))); // 2026-11-30 is a Monday
  }, [i18n.language]);

  const setDay = (date: string, day: Omit<Day, 'origin'> | null) => {
    setDays((list) => {
      const rest = list.filter((d) => d.date !== date);
      return day ? [...rest, { ...day, origin: 'local' as const }].sort((a, b) => a.date.localeCompare(b.date)) : rest;
    });
    setDirty(true);
  };

  const save = async () => {
    if (!data) return;
    setSaving(true);
    try {
      await unwrap(
        client.PUT('/v1/calendar/{year}', {
          params: { path: { year } },
          body: { workingHours: hours, days: days.map(({ date, kind, name }) => ({ date, kind, name })), version: data.version },
        }),
      );
      void message.success(t('calendar.saved', { year }));
      reload();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const years = Array.from({ length: 5 }, (_, i) => thisYear - 2 + i);
  if (!years.includes(year)) years.push(year);

  return (
    <div className="calendar-page">
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      <Space wrap className="calendar-toolbar" align="center">
        <label htmlFor="calendar-year">{t('calendar.year')}</label>
        <Select
          id="calendar-year"
          data-testid="calendar-year"
          value={year}
          onChange={(y: number) => navigate(`/calendar?year=${y}`)}
          options={years.sort((a, b) => a - b).map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
        />
        {data && (
          <Typography.Text type="secondary" data-testid="calendar-source">
            {data.official ? t('calendar.official', { source: data.source ?? '' }) : t('calendar.notOfficial', { year })}
          </Typography.Text>
        )}
        {admin && (
          <Button type="primary" onClick={save} loading={saving} disabled={!data || !dirty || !hoursValid(hours)} data-testid="calendar-save">
            {t('calendar.save')}
          </Button>
        )}
        {dirty && <Tag color="warning">{t('calendar.unsaved')}</Tag>}
      </Space>

      {error && <Alert type="error" showIcon title={t('calendar.loadFailed')} description={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      {data?.warnings.map((w) => (
        <Alert key={w.code} type="warning" showIcon data-testid={`calendar-warning-${w.code}`} title={t(`calendar.warnings.${w.code}`, { year })} className="calendar-warning" />
      ))}
      {data && (
        <Typography.Paragraph type="secondary" className="calendar-meta">
          {data.updatedAt ? t('calendar.updated', { time: f.dateTime(data.updatedAt), by: data.updatedBy ?? '' }) : t('calendar.neverSaved')} · {admin ? t('calendar.editHint') : t('calendar.readOnly')}
        </Typography.Paragraph>
      )}

      {!data && loading && <Skeleton active paragraph={{ rows: 8 }} />}

      {data && (
        <>
          <Card size="small" title={t('calendar.hours.title')} className="calendar-hours">
            <Space orientation="vertical">
              {hours.map((h, i) => (
                <Space key={i} wrap>
                  <span>{t('calendar.hours.interval', { n: i + 1 })}</span>
                  <Input
                    aria-label={`${t('calendar.hours.interval', { n: i + 1 })} ${t('calendar.hours.start')}`}
                    value={h.start}
                    disabled={!admin}
                    style={{ width: 90 }}
                    onChange={(e) => {
                      setHours(hours.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)));
                      setDirty(true);
                    }}
                  />
                  <span aria-hidden>–</span>
                  <Input
                    aria-label={`${t('calendar.hours.interval', { n: i + 1 })} ${t('calendar.hours.end')}`}
                    value={h.end}
                    disabled={!admin}
                    style={{ width: 90 }}
                    onChange={(e) => {
                      setHours(hours.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)));
                      setDirty(true);
                    }}
                  />
                  {admin && hours.length > 1 && (
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('calendar.hours.remove', { n: i + 1 })}
                      onClick={() => {
                        setHours(hours.filter((_, j) => j !== i));
                        setDirty(true);
                      }}
                    />
                  )}
                </Space>
              ))}
              {!hoursValid(hours) && <Typography.Text type="danger">{t('calendar.hours.invalid')}</Typography.Text>}
              {admin && hours.length < 4 && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => {
                    setHours([...hours, { start: '18:00', end: '20:00' }]);
                    setDirty(true);
                  }}
                >
                  {t('calendar.hours.add')}
                </Button>
              )}
            </Space>
          </Card>

          <div className="calendar-legend" aria-label={t('calendar.legend')}>
            <span className="calendar-day calendar-day-holiday">
              <span className="calendar-badge">{t('calendar.badges.holiday')}</span> {t('calendar.kinds.holiday')}
            </span>
            <span className="calendar-day calendar-day-makeup-working">
              <span className="calendar-badge">{t('calendar.badges.makeup-working')}</span> {t('calendar.kinds.makeup-working')}
            </span>
            <span className="calendar-day calendar-day-weekend">{t('calendar.kinds.weekend')}</span>
            <span className="calendar-day calendar-day-today">{t('calendar.today')}</span>
          </div>

          <div className="calendar-months" data-testid="calendar-months">
            {Array.from({ length: 12 }, (_, m) => {
              const first = dateOf(year, m + 1, 1);
              const blanks = mondayIndex(first);
              const cells = [...Array<null>(blanks).fill(null), ...Array.from({ length: daysIn(year, m + 1) }, (_, d) => dateOf(year, m + 1, d + 1))];
              const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) => cells.slice(w * 7, w * 7 + 7));
              return (
                <Card size="small" key={m} title={monthName.format(new Date(Date.UTC(year, m, 1)))} className="calendar-month">
                  <table className="calendar-grid">
                    <thead>
                      <tr>
                        {weekdayNames.map((w, i) => (
                          <th key={i} scope="col">
                            {w}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {weeks.map((week, w) => (
                        <tr key={w}>
                          {Array.from({ length: 7 }, (_, i) => {
                            const date = week[i];
                            if (!date) return <td key={i} />;
                            const kind = kindOf(date);
                            const day = byDate.get(date);
                            const described = day ? t('calendar.dayLabelNamed', { date, kind: t(`calendar.kinds.${kind}`), name: day.name }) : t('calendar.dayLabel', { date, kind: t(`calendar.kinds.${kind}`) });
                            const origin = day ? ` · ${t(`calendar.origins.${day.origin}`)}` : '';
                            const label = `${described}${origin}${date === today ? ` (${t('calendar.today')})` : ''}`;
                            const className = `calendar-day calendar-day-${kind}${day?.origin === 'local' ? ' calendar-day-local' : ''}${date === today ? ' calendar-day-today' : ''}`;
                            const content = (
                              <>
                                <span className="calendar-date">{Number(date.slice(8))}</span>
                                {day && <span className="calendar-badge">{t(`calendar.badges.${day.kind}`)}</span>}
                                <span className="calendar-sr">{label}</span>
                              </>
                            );
                            return (
                              <td key={i} data-date={date} data-kind={kind} aria-current={date === today ? 'date' : undefined}>
                                {admin ? (
                                  <button type="button" className={className} title={label} onClick={() => setEditing(date)}>
                                    {content}
                                  </button>
                                ) : (
                                  <span className={className} title={label}>
                                    {content}
                                  </span>
                                )}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Card>
              );
            })}
          </div>
        </>
      )}

      {editing && <DayEditor date={editing} day={byDate.get(editing)} onClose={() => setEditing(undefined)} onApply={(day) => {
        setDay(editing, day);
        setEditing(undefined);
      }} />}
    </div>
  );
}

function DayEditor({ date, day, onApply, onClose }: { date: string; day?: Day; onApply(day: Omit<Day, 'origin'> | null): void; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: 'none' | Day['kind']; name: string }>();
  const weekend = isWeekend(date);
  return (
    <Modal
      open
      title={t('calendar.edit.title', { date })}
      okText={t('calendar.edit.apply')}
      cancelText={t('calendar.edit.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: day?.kind ?? 'none', name: day?.name ?? '' }}
        onFinish={(v) => onApply(v.kind === 'none' ? null : { date, kind: v.kind, name: v.name.trim() })}
      >
        <Form.Item name="kind" label={t('calendar.edit.kind')} extra={weekend ? undefined : t('calendar.edit.makeupWeekendOnly')}>
          <Radio.Group>
            <Space orientation="vertical">
              <Radio value="none">{t('calendar.edit.none')}</Radio>
              <Radio value="holiday">{t('calendar.kinds.holiday')}</Radio>
              <Radio value="makeup-working" disabled={!weekend}>
                {t('calendar.kinds.makeup-working')}
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
          {({ getFieldValue }) =>
            getFieldValue('kind') !== 'none' && (
              <Form.Item name="name" label={t('calendar.edit.name')} rules={[{ required: true, whitespace: true, message: t('calendar.edit.nameRequired') }, { max: 40 }]}>
                <Input placeholder={t('calendar.edit.namePlaceholder')} maxLength={40} />
              </Form.Item>
            )
          }
        </Form.Item>
      </Form>
    </Modal>
  );
}

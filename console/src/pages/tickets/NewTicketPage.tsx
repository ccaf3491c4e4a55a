import './messages.ts';
import './tickets.css';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, Radio, Row, Select, Space, Spin, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem } from '../../../../shared/contract/customers.ts';
import { TICKET_CHANNELS, TICKET_KINDS, TICKET_PRIORITIES, type TicketChannel, type TicketKind, type TicketPriority } from '../../../../shared/contract/tickets.ts';
import { ApiError, client, idempotencyKey, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { navigate } from '../../router.tsx';
import { pickedToIso, tenantNow } from '../customers/time.ts';

interface Values {
  customerId?: string;
  kind: TicketKind;
  channel: TicketChannel;
  priority: TicketPriority;
  receivedAt?: Dayjs;
  referred: boolean;
  description?: string;
}

type Preview = { deadlines: Record<string, string | undefined>; policy: { versionId: string | null; effectiveFrom: string | null }; unofficialYears: number[] };
const DEADLINE_ORDER = ['acknowledge', 'onSite', 'resolve', 'reply', 'result'] as const;

/**
 * The agent's intake form: the customer found as you type (the archive's search: account number,
 * phone, meter serial, name or address prefix), kind, channel, priority, when the customer called
 * (tenant clock; never later than now), and the deadlines the rules give, previewed by the API
 * (`POST /v1/tickets/deadline-preview`) before anything is saved.
 */
export default function NewTicketPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const { regionId } = useRegionScope();
  const [form] = Form.useForm<Values>();
  const [options, setOptions] = useState<CustomerListItem[]>([]);
  const [searching, setSearching] = useState(false);
  const [preview, setPreview] = useState<Preview>();
  const [previewing, setPreviewing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const searchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const values = Form.useWatch([], form) as Values | undefined;

  const search = (q: string) => {
    clearTimeout(searchTimer.current);
    if (q.trim().length < 2) return;
    searchTimer.current = setTimeout(async () => {
      setSearching(true);
      try {
        const page = await unwrap(client.GET('/v1/customers', { params: { query: { q: q.trim(), limit: 10, ...(regionId ? { regionId } : {}) } } }));
        setOptions(page.items);
      } catch {
        setOptions([]);
      } finally {
        setSearching(false);
      }
    }, 250);
  };

  const body = (v: Values, description: string) => ({
    kind: v.kind,
    customerId: v.customerId!,
    description,
    channel: v.channel,
    ...(v.kind === 'emergency' ? {} : { priority: v.priority }),
    ...(v.receivedAt ? { receivedAt: pickedToIso(v.receivedAt, f.timeZone) } : {}),
    ...(v.kind === 'inquiry' ? { referred: v.referred } : {}),
  });

  // The deadlines follow the fields: previewed whenever the customer, kind, priority, time or referral changes.
  const key = values ? JSON.stringify([values.customerId, values.kind, values.priority, values.channel, values.referred, values.receivedAt?.valueOf()]) : '';
  useEffect(() => {
    if (!values?.customerId || !values.kind) {
      setPreview(undefined);
      return;
    }
    const controller = new AbortController();
    setPreviewing(true);
    // The deadlines do not depend on the text; a placeholder until it is typed.
    unwrap(client.POST('/v1/tickets/deadline-preview', { body: body(values, values.description?.trim() || t(`tickets.kinds.${values.kind}`)), signal: controller.signal }))
      .then((p) => setPreview(p))
      .catch(() => setPreview(undefined))
      .finally(() => setPreviewing(false));
    return () => controller.abort();
  }, [key]);

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await unwrap(client.POST('/v1/tickets', { body: body(v, v.description!.trim()), headers: { 'idempotency-key': idempotencyKey() } }));
      void message.success(t('tickets.form.created'));
      navigate(`/tickets/${created.id}`);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      const fields = e.fieldErrors();
      const known = Object.entries(fields).filter(([name]) => ['customerId', 'kind', 'channel', 'priority', 'receivedAt', 'description', 'referred'].includes(name));
      if (known.length) form.setFields(known.map(([name, error]) => ({ name: name as keyof Values, errors: [error] })));
      else setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
          <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'repair', channel: 'phone', priority: 'normal', referred: false }} onFinish={(v) => void submit(v)}>
            <Form.Item name="customerId" label={t('tickets.form.customer')} extra={t('tickets.form.customerHint')} rules={[{ required: true, message: t('tickets.form.customerRequired') }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: search }}
                placeholder={t('tickets.form.customerPlaceholder')}
                notFoundContent={searching ? <Spin size="small" /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tickets.form.noCustomer')} />}
                options={options.map((c) => ({ value: c.id, label: `${c.name} · ${c.accountNumber} · ${c.address}` }))}
              />
            </Form.Item>
            <Form.Item name="kind" label={t('tickets.form.kind')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={TICKET_KINDS.map((k) => ({ value: k, label: t(`tickets.kinds.${k}`) }))} />
            </Form.Item>
            <Space wrap size="large" align="start">
              <Form.Item name="channel" label={t('tickets.form.channel')} rules={[{ required: true }]}>
                <Select style={{ width: 160 }} options={TICKET_CHANNELS.map((c) => ({ value: c, label: t(`tickets.channels.${c}`) }))} />
              </Form.Item>
              {values?.kind === 'emergency' ? (
                <Form.Item label={t('tickets.form.priority')}>
                  <Typography.Text>{t('tickets.form.emergencyUrgent')}</Typography.Text>
                </Form.Item>
              ) : (
                <Form.Item name="priority" label={t('tickets.form.priority')}>
                  <Radio.Group options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`tickets.priorities.${p}`) }))} />
                </Form.Item>
              )}
            </Space>
            <Form.Item
              name="receivedAt"
              label={t('tickets.form.receivedAt')}
              extra={t('tickets.form.receivedAtHint')}
              rules={[{ validator: (_, v?: Dayjs) => (v && v.isAfter(tenantNow(f.timeZone).add(1, 'minute')) ? Promise.reject(new Error(t('tickets.form.receivedAtFuture'))) : Promise.resolve()) }]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(tenantNow(f.timeZone), 'day')} />
            </Form.Item>
            {values?.kind === 'inquiry' && (
              <Form.Item name="referred" label={t('tickets.form.referred')} valuePropName="checked">
                <Switch />
              </Form.Item>
            )}
            <Form.Item name="description" label={t('tickets.form.description')} rules={[{ required: true, whitespace: true, message: t('tickets.form.descriptionRequired') }]}>
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('tickets.form.submit')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('tickets.form.preview')} data-testid="deadline-preview" loading={previewing && !preview}>
          {!preview ? (
            <Typography.Text type="secondary">{t('tickets.form.previewHint')}</Typography.Text>
          ) : (
            <>
              <Descriptions column={1} size="small" bordered>
                {DEADLINE_ORDER.filter((n) => preview.deadlines[n]).map((n) => (
                  <Descriptions.Item key={n} label={t(`tickets.deadlines.${n}`)}>
                    <span data-deadline={n}>{f.dateTime(preview.deadlines[n]!)}</span>
                  </Descriptions.Item>
                ))}
              </Descriptions>
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('tickets.form.policy', { version: preview.policy.effectiveFrom ? f.dateTime(preview.policy.effectiveFrom) : t('tickets.form.defaults') })}
              </Typography.Paragraph>
              {preview.unofficialYears.length > 0 && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('tickets.form.unofficial', { years: preview.unofficialYears.join(', ') })} />}
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}

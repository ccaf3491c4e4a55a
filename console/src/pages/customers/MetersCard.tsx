import { PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Modal, Row, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, idempotencyKey, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { useIsPhone } from '../../media.ts';
import { useRequest } from '../../useRequest.ts';
import { INLETS, METER_TYPES, type CustomerView, type Inlet, type MeterType, type MeterView } from './model.ts';
import { isIdentifier } from './rules.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import { formatDay, pickedDay, tenantNow } from './time.ts';
import { problemMessage } from '../../problem-message.ts';

type MeterRow = CustomerView['meters'][number];

interface MeterValues {
  serial: string;
  type: MeterType;
  digits?: number;
  installedAt?: Dayjs;
  inlet?: Inlet;
  startRead?: number;
  finalRead?: number;
}

/**
 * The household's meters (the file's summaries, newest last; removed ones too), with the IC-card
 * balance of prepaid meters read from GET /v1/meters/{id}. Writers install a meter and replace
 * one (the old meter's final read, the new one's start read).
 */
export function MetersCard({ customer, canWrite, onChanged }: { customer: CustomerView; canWrite: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const isPhone = useIsPhone();
  const [dialog, setDialog] = useState<{ kind: 'install' } | { kind: 'replace'; meter: MeterRow }>();
  const cards = customer.meters.filter((m) => m.type === 'ic-card' && m.status === 'active');
  const { data: balances } = useRequest(
    async (signal) => {
      const meters = await Promise.all(cards.map((m) => unwrap(client.GET('/v1/meters/{id}', { params: { path: { id: m.id } }, signal })).catch(() => undefined)));
      return new Map(meters.filter((m): m is MeterView => Boolean(m)).map((m) => [m.id, m.icCard?.balanceFen ?? null]));
    },
    [cards.map((m) => m.id).join(','), customer.version],
  );
  const meters = [...customer.meters].reverse(); // newest first

  return (
    <Card
      title={<h2 className="card-title">{t('customers.meters.title')}</h2>}
      extra={
        canWrite && customer.state !== 'closed' ? (
          <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'install' })}>
            {t('customers.meters.add')}
          </Button>
        ) : undefined
      }
      data-testid="meters-card"
    >
      <ScrollRegion label={t('customers.meters.title')}>
        <Table<MeterRow>
          rowKey="id"
          dataSource={meters}
          pagination={false}
          size="small"
          scroll={isPhone ? { x: 560 } : undefined}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.meters.empty')} /> }}
          columns={[
            {
              title: t('customers.meters.serial'),
              dataIndex: 'serial',
              render: (v: string, m) => (
                <>
                  <code>{v}</code>
                  <div>
                    <Tag color={m.status === 'active' ? 'success' : 'default'}>{t(`customers.meters.statuses.${m.status}`)}</Tag>
                  </div>
                </>
              ),
            },
            {
              title: t('customers.meters.type'),
              dataIndex: 'type',
              render: (v: MeterType, m) => (
                <>
                  {t(`customers.meters.types.${v}`)}
                  <div className="meter-facts">
                    {t('customers.meters.digitsValue', { digits: f.number(m.digits) })}
                    {m.inlet ? ` · ${t(`customers.meters.inlets.${m.inlet}`)}` : ''}
                  </div>
                </>
              ),
            },
            { title: t('customers.meters.installedAt'), dataIndex: 'installedAt', render: (v: string) => formatDay(v, f.language) },
            {
              title: t('customers.meters.balance'),
              key: 'balance',
              render: (_, m) => {
                const balanceFen = balances?.get(m.id);
                return m.type === 'ic-card' && balanceFen != null ? f.money(balanceFen) : t('customers.meters.notApplicable');
              },
            },
            ...(canWrite
              ? [
                  {
                    title: t('customers.meters.actions'),
                    key: 'actions',
                    render: (_: unknown, m: MeterRow) =>
                      m.status === 'active' && customer.state !== 'closed' ? (
                        <Button size="small" icon={<SwapOutlined />} onClick={() => setDialog({ kind: 'replace', meter: m })} aria-label={t('customers.meters.replaceFor', { serial: m.serial })}>
                          {t('customers.meters.replace')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </ScrollRegion>
      {dialog && (
        <MeterDialog
          customer={customer}
          replacing={dialog.kind === 'replace' ? dialog.meter : undefined}
          onClose={() => setDialog(undefined)}
          onDone={() => {
            setDialog(undefined);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

function MeterDialog({ customer, replacing, onClose, onDone }: { customer: CustomerView; replacing?: MeterRow; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeterValues>();
  const [busy, setBusy] = useState(false);
  const required = { required: true, message: t('customers.actionForm.required') };

  const submit = async (v: MeterValues) => {
    setBusy(true);
    const common = {
      ...(v.digits !== undefined && v.digits !== null ? { digits: v.digits } : {}),
      ...(v.installedAt ? { installedAt: pickedDay(v.installedAt) } : {}),
      ...(v.inlet ? { inlet: v.inlet } : {}),
    };
    try {
      if (replacing) {
        const meter = await unwrap(
          client.POST('/v1/meters/{id}/replace', {
            params: { path: { id: replacing.id } },
            body: { newSerial: v.serial.trim(), finalRead: v.finalRead!, startRead: v.startRead ?? 0, type: v.type, ...common },
            headers: { 'idempotency-key': idempotencyKey() },
          }),
        );
        void message.success(t('customers.meters.replaced', { old: replacing.serial, serial: meter.serial }));
      } else {
        const meter = await unwrap(
          client.POST('/v1/customers/{id}/meters', {
            params: { path: { id: customer.id } },
            body: { serial: v.serial.trim(), type: v.type, ...common, ...(v.startRead !== undefined && v.startRead !== null ? { startRead: v.startRead } : {}) },
            headers: { 'idempotency-key': idempotencyKey() },
          }),
        );
        void message.success(t('customers.meters.installed', { serial: meter.serial }));
      }
      onDone();
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      if (e.status === 409 && e.code === 'serial-taken') {
        form.setFields([{ name: 'serial', errors: [t('customers.meters.serialTaken', { serial: v.serial.trim() })] }]);
        return;
      }
      const names: Record<string, keyof MeterValues> = { newSerial: 'serial', serial: 'serial', type: 'type', digits: 'digits', installedAt: 'installedAt', inlet: 'inlet', startRead: 'startRead', finalRead: 'finalRead' };
      const placed = (e.problem.errors ?? []).filter((err) => names[err.field.replace(/^body\./, '')]);
      if (placed.length) form.setFields(placed.map((err) => ({ name: names[err.field.replace(/^body\./, '')]!, errors: [err.message] })));
      else form.setFields([{ name: 'serial', errors: [problemMessage(t, e)] }]);
    } finally {
      setBusy(false);
    }
  };

  const title = replacing ? t('customers.meters.replaceTitle', { serial: replacing.serial }) : t('customers.meters.add');
  return (
    <Modal open title={title} okText={t('customers.actionForm.submit')} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      <Form<MeterValues>
        form={form}
        name="meter"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ type: replacing?.type ?? 'diaphragm', digits: replacing?.digits ?? 5, installedAt: tenantNow(f.timeZone), startRead: 0, inlet: replacing?.inlet }}
        data-testid="meter-form"
      >
        <Form.Item
          name="serial"
          label={replacing ? t('customers.meters.newSerial') : t('customers.meters.serial')}
          rules={[{ ...required, whitespace: true }, { validator: (_, value?: string) => (!value || isIdentifier(value) ? Promise.resolve() : Promise.reject(new Error(t('customers.meters.serialInvalid')))) }]}
        >
          <Input autoComplete="off" spellCheck={false} autoCapitalize="characters" maxLength={64} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="type" label={t('customers.meters.type')} rules={[required]}>
              <Select options={METER_TYPES.map((m) => ({ value: m, label: t(`customers.meters.types.${m}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="digits" label={t('customers.meters.digits')} rules={[{ type: 'integer', min: 4, max: 9 }]}>
              <InputNumber min={4} max={9} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="installedAt" label={t('customers.meters.installedAt')}>
              <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="inlet" label={t('customers.meters.inlet')}>
              <Select allowClear options={INLETS.map((i) => ({ value: i, label: t(`customers.meters.inlets.${i}`) }))} />
            </Form.Item>
          </Col>
          {replacing && (
            <Col xs={24} sm={12}>
              <Form.Item name="finalRead" label={t('customers.meters.finalRead')} rules={[required, { type: 'number', min: 0 }]}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item name="startRead" label={t('customers.meters.startRead')} rules={[...(replacing ? [required] : []), { type: 'number', min: 0 }]}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

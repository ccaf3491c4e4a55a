import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerActionRequest } from '../../../../shared/contract/customers.ts';
import { ApiError, client, idempotencyKey, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { ACTIONS_BY_STATE, CONTRACTS, SUSPENSION_REASONS, type ActionName, type ContractKind, type CustomerView, type SuspensionReason } from './model.ts';
import { isAfterTenantToday, pickedToIso, tenantNow, zoneName } from './time.ts';
import { problemMessage } from '../../problem-message.ts';

interface ActionValues {
  at?: Dayjs;
  inspector?: string;
  contract?: ContractKind;
  reason?: SuspensionReason;
  note?: string;
  closeReason?: string;
}

/**
 * The account lifecycle: the facts so far (acceptance, contracts, gas-on, suspension…) and the
 * actions the state allows, as buttons. The server applies the rules; when it refuses (409), its
 * reason is shown as it gave it. Every action carries the version read (`If-Match`): acting on
 * a file someone else just changed reloads it instead.
 */
export function LifecycleCard({ customer, canAct, onChanged, onStale }: { customer: CustomerView; canAct: boolean; onChanged(next: CustomerView): void; onStale(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [action, setAction] = useState<ActionName>();
  const [refusal, setRefusal] = useState<{ action: ActionName; detail: string }>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<ActionValues>();
  const lc = customer.lifecycle;
  const zone = zoneName(f.language, f.timeZone);
  const actions = ACTIONS_BY_STATE[customer.state];

  const open = (name: ActionName) => {
    setRefusal(undefined);
    form.resetFields();
    const unsigned = CONTRACTS.find((k) => !lc.contracts[k]) ?? 'supply';
    form.setFieldsValue({ at: tenantNow(f.timeZone), contract: unsigned, reason: 'customer-request' });
    setAction(name);
  };

  // The form's rules require each action's fields; `!` marks what they guarantee.
  const bodyOf = (name: ActionName, v: ActionValues): CustomerActionRequest => {
    const at = v.at ? pickedToIso(v.at, f.timeZone) : new Date().toISOString();
    switch (name) {
      case 'accept':
        return { action: name, inspectionPassedAt: at, inspector: v.inspector!.trim() };
      case 'sign-contract':
        return { action: name, contract: v.contract!, signedAt: at };
      case 'gas-on':
        return { action: name };
      case 'suspend':
        return { action: name, reason: v.reason!, ...(v.note?.trim() ? { note: v.note.trim() } : {}) };
      case 'restore':
        return { action: name, safetyCheckPassedAt: at };
      case 'close':
        return { action: name, reason: v.closeReason!.trim() };
    }
  };

  const submit = async (values: ActionValues) => {
    if (!action) return;
    setBusy(true);
    try {
      const next = await unwrap(
        client.POST('/v1/customers/{id}/actions', {
          params: { path: { id: customer.id } },
          body: bodyOf(action, values),
          headers: { 'if-match': `"${customer.version}"`, 'idempotency-key': idempotencyKey() },
        }),
      );
      setAction(undefined);
      void message.success(t('customers.lifecycle.done', { action: t(`customers.actions.${action}`) }));
      onChanged(next);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      if (e.status === 412 || e.code === 'stale-version') {
        setAction(undefined);
        onStale();
        return;
      }
      const formField = (name: string) => (name.endsWith('At') ? 'at' : name === 'reason' && action === 'close' ? 'closeReason' : name);
      if (e.status === 400 && e.problem.errors?.length) {
        form.setFields((e.problem.errors ?? []).map((err) => ({ name: formField(err.field.replace(/^body\./, '')) as keyof ActionValues, errors: [err.message] })));
        return;
      }
      setAction(undefined);
      setRefusal({ action, detail: problemMessage(t, e) });
    } finally {
      setBusy(false);
    }
  };

  const time = (iso: string) => f.dateTime(iso);
  const required = { required: true, message: t('customers.actionForm.required') };
  const when = (label: string) => (
    <Form.Item name="at" label={label} rules={[required]}>
      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => isAfterTenantToday(d, f.timeZone)} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <Card title={<h2 className="card-title">{t('customers.lifecycle.title')}</h2>} data-testid="lifecycle-card">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'acceptance',
            label: t('customers.lifecycle.acceptance'),
            children: lc.acceptance ? t('customers.lifecycle.acceptanceValue', { time: time(lc.acceptance.passedAt), inspector: lc.acceptance.inspector }) : t('customers.lifecycle.notYet'),
          },
          ...CONTRACTS.map((k) => ({
            key: k,
            label: t(`customers.lifecycle.contracts.${k}`),
            children: <span data-testid={`contract-${k}`}>{lc.contracts[k] ? t('customers.lifecycle.signedAt', { time: time(lc.contracts[k]!.signedAt) }) : t('customers.lifecycle.notSigned')}</span>,
          })),
          { key: 'gas-on', label: t('customers.lifecycle.gasOnAt'), children: lc.gasOnAt ? time(lc.gasOnAt) : t('customers.lifecycle.notYet') },
          ...(lc.suspension
            ? [{ key: 'suspension', label: t('customers.lifecycle.suspension'), children: t('customers.lifecycle.suspensionValue', { time: time(lc.suspension.at), reason: t(`customers.suspensionReasons.${lc.suspension.reason}`) }) }]
            : []),
          ...(lc.restoration
            ? [{ key: 'restoration', label: t('customers.lifecycle.restoration'), children: t('customers.lifecycle.restorationValue', { time: time(lc.restoration.at), check: time(lc.restoration.safetyCheckPassedAt) }) }]
            : []),
          ...(lc.closure ? [{ key: 'closure', label: t('customers.lifecycle.closure'), children: t('customers.lifecycle.closureValue', { time: time(lc.closure.at), reason: lc.closure.reason }) }] : []),
        ]}
      />

      {canAct && (
        <section className="lifecycle-actions" aria-labelledby="lifecycle-actions-title">
          <h3 id="lifecycle-actions-title" className="section-subtitle">
            {t('customers.lifecycle.actionsTitle')}
          </h3>
          {refusal && (
            <Alert
              type="error"
              showIcon
              role="alert"
              className="customer-alert"
              data-testid="action-refused"
              title={t('customers.lifecycle.refused', { action: t(`customers.actions.${refusal.action}`) })}
              description={refusal.detail}
              closable={{ 'aria-label': t('common.close') }}
              onClose={() => setRefusal(undefined)}
            />
          )}
          {actions.length ? (
            <Space wrap>
              {actions.map((name) => (
                <Button key={name} onClick={() => open(name)} danger={name === 'suspend' || name === 'close'} type={name === 'gas-on' || name === 'accept' || name === 'restore' ? 'primary' : 'default'} data-action={name}>
                  {t(`customers.actions.${name}`)}
                </Button>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">{t('customers.lifecycle.noActions')}</Typography.Text>
          )}
        </section>
      )}

      <Modal
        open={action !== undefined}
        title={action ? t(`customers.actions.${action}`) : ''}
        okText={t('customers.actionForm.submit')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setAction(undefined)}
        confirmLoading={busy}
        okButtonProps={{ danger: action === 'suspend' || action === 'close' }}
        forceRender
      >
        <Form<ActionValues> form={form} name="lifecycle-action" layout="vertical" onFinish={(v) => void submit(v)} data-testid="action-form">
          {action === 'accept' && (
            <>
              {when(t('customers.actionForm.inspectionPassedAt', { zone }))}
              <Form.Item name="inspector" label={t('customers.actionForm.inspector')} rules={[{ ...required, whitespace: true }, { max: 64 }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </>
          )}
          {action === 'sign-contract' && (
            <>
              <Form.Item name="contract" label={t('customers.actionForm.contract')} rules={[required]}>
                <Select options={CONTRACTS.map((k) => ({ value: k, label: t(`customers.lifecycle.contracts.${k}`) }))} />
              </Form.Item>
              {when(t('customers.actionForm.signedAt', { zone }))}
            </>
          )}
          {action === 'gas-on' && <Typography.Paragraph>{t('customers.actionForm.gasOnConfirm')}</Typography.Paragraph>}
          {action === 'suspend' && (
            <>
              <Form.Item name="reason" label={t('customers.actionForm.reason')} rules={[required]}>
                <Select options={SUSPENSION_REASONS.map((r) => ({ value: r, label: t(`customers.suspensionReasons.${r}`) }))} />
              </Form.Item>
              <Form.Item name="note" label={t('customers.actionForm.note')} rules={[{ max: 500 }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
              </Form.Item>
            </>
          )}
          {action === 'restore' && when(t('customers.actionForm.safetyCheckPassedAt', { zone }))}
          {action === 'close' && (
            <Form.Item name="closeReason" label={t('customers.actionForm.closeReason')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
              <Input autoComplete="off" maxLength={200} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}

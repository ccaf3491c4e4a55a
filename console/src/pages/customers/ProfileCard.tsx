import { EyeOutlined, EyeInvisibleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { useRegionScope } from '../../regions.tsx';
import type { CustomerView } from './model.ts';
import { useSpecialCareGroups } from './ui.tsx';
import { problemMessage } from '../../problem-message.ts';

/** How long revealed values stay on screen. */
export const REVEAL_SECONDS = 30;

type RevealField = 'phone' | 'idNumber';
interface Revealed {
  phone?: string;
  idNumber?: string | null;
  contacts?: CustomerView['contacts'];
  until: number;
}

/**
 * The customer's profile, phones and ID number masked as the API gives them. Roles allowed to
 * reveal ask for the full values with a reason (POST /v1/customers/{id}/reveal, audited); they
 * are shown for a short while, then masked again.
 */
export function ProfileCard({ customer, canReveal, onRevealed }: { customer: CustomerView; canReveal: boolean; onRevealed(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { nameOf } = useRegionScope();
  const groups = useSpecialCareGroups()(customer.specialCare);
  const [asking, setAsking] = useState(false);
  const [revealed, setRevealed] = useState<Revealed>();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!revealed) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= revealed.until) setRevealed(undefined);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [revealed]);
  useEffect(() => setRevealed(undefined), [customer.id]);

  const secondsLeft = revealed ? Math.max(0, Math.ceil((revealed.until - now) / 1000)) : 0;
  const contacts = revealed?.contacts ?? customer.contacts;

  const revealButton = canReveal && !revealed && (customer.phone || customer.idNumber) && (
    <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setAsking(true)} className="reveal-button">
      {t('customers.reveal.action')}
    </Button>
  );

  return (
    <Card title={<h2 className="card-title">{t('customers.profile.title')}</h2>} extra={revealButton} data-testid="profile-card">
      {revealed && (
        <Alert
          type="warning"
          showIcon
          className="customer-alert"
          data-testid="revealed-note"
          title={t('customers.reveal.shown', { seconds: secondsLeft })}
          action={
            <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(undefined)}>
              {t('customers.reveal.hide')}
            </Button>
          }
        />
      )}
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        items={[
          { key: 'accountNumber', label: t('customers.fields.accountNumber'), children: <code>{customer.accountNumber}</code> },
          { key: 'class', label: t('customers.fields.class'), children: t(`customers.classes.${customer.class}`) },
          {
            key: 'phone',
            label: t('customers.fields.phone'),
            children: (
              <span data-testid="profile-phone" className={revealed?.phone ? 'revealed-value' : undefined}>
                {revealed?.phone ?? customer.phone ?? ''}
              </span>
            ),
          },
          {
            key: 'idNumber',
            label: t('customers.fields.idNumber'),
            children: (
              <span data-testid="profile-id-number" className={revealed?.idNumber ? 'revealed-value' : undefined}>
                {revealed?.idNumber ?? customer.idNumber ?? t('customers.profile.noIdNumber')}
              </span>
            ),
          },
          { key: 'address', label: t('customers.fields.address'), span: { xs: 1, sm: 1, md: 2 }, children: customer.address },
          { key: 'region', label: t('customers.fields.regionId'), children: nameOf(customer.regionId) },
          { key: 'specialCare', label: t('customers.fields.specialCare'), children: groups || t('customers.specialCare.none') },
          ...(contacts.length
            ? [
                {
                  key: 'contacts',
                  label: t('customers.fields.contacts'),
                  span: { xs: 1, sm: 1, md: 2 },
                  children: (
                    <ul className="plain-list compact-list">
                      {contacts.map((c, i) => (
                        <li key={`${c.phone}-${i}`}>{[c.name, c.relation && `(${c.relation})`, c.phone].filter(Boolean).join(' ')}</li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          {
            key: 'tags',
            label: t('customers.fields.tags'),
            span: { xs: 1, sm: 1, md: 2 },
            children: customer.tags.length ? customer.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : <Typography.Text type="secondary">{t('customers.profile.noTags')}</Typography.Text>,
          },
          {
            key: 'notes',
            label: t('customers.fields.notes'),
            span: { xs: 1, sm: 1, md: 2 },
            children: customer.notes ? <span className="pre-line">{customer.notes}</span> : <Typography.Text type="secondary">{t('customers.profile.noNotes')}</Typography.Text>,
          },
          { key: 'createdAt', label: t('customers.fields.createdAt'), children: f.dateTime(customer.createdAt) },
          { key: 'updatedAt', label: t('customers.fields.updatedAt'), children: f.dateTime(customer.updatedAt) },
        ]}
      />
      {asking && (
        <RevealModal
          customer={customer}
          onClose={() => setAsking(false)}
          onRevealed={(values) => {
            setAsking(false);
            setNow(Date.now());
            setRevealed({ ...values, until: Date.now() + REVEAL_SECONDS * 1000 });
            onRevealed();
          }}
        />
      )}
    </Card>
  );
}

function RevealModal({ customer, onClose, onRevealed }: { customer: CustomerView; onClose(): void; onRevealed(values: Omit<Revealed, 'until'>): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ fields: RevealField[]; reason: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const available: RevealField[] = [...(customer.phone ? (['phone'] as const) : []), ...(customer.idNumber ? (['idNumber'] as const) : [])];

  const submit = async (values: { fields: RevealField[]; reason: string }) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const out = await unwrap(client.POST('/v1/customers/{id}/reveal', { params: { path: { id: customer.id } }, body: { fields: values.fields, reason: values.reason.trim() } }));
      onRevealed({ phone: out.phone, idNumber: out.idNumber, contacts: out.contacts });
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) setProblem(t('customers.reveal.failed', { detail: problemMessage(t, e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('customers.reveal.title')} okText={t('customers.reveal.submit')} cancelText={t('common.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('customers.reveal.audited', { seconds: REVEAL_SECONDS })} />
        {problem && <Alert type="error" showIcon role="alert" title={problem} />}
        <Form form={form} name="reveal" layout="vertical" initialValues={{ fields: available, reason: '' }} onFinish={(v) => void submit(v)} data-testid="reveal-form">
          <Form.Item name="fields" label={t('customers.reveal.fields')} rules={[{ required: true, type: 'array', min: 1, message: t('customers.reveal.fieldsRequired') }]}>
            <Checkbox.Group options={available.map((field) => ({ value: field, label: t(`customers.fields.${field}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('customers.reveal.reason')}
            rules={[{ required: true, whitespace: true, min: 2, max: 200, message: t('customers.reveal.reasonRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} placeholder={t('customers.reveal.reasonHint')} />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}

import './customers.css';
import './messages.ts';
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../../api.ts';
import type { PageProps } from '../../navigation.tsx';
import { navigate } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { CustomerNotFound } from './CustomerNotFound.tsx';
import { CustomerForm, FormProblem, showServerErrors, type CustomerFormValues } from './CustomerForm.tsx';
import type { CustomerView } from './model.ts';
import { SPECIAL_CARE_GROUPS } from './ui.tsx';
import { problemMessage } from '../../problem-message.ts';

const valuesOf = (c: CustomerView): CustomerFormValues => ({
  name: c.name,
  class: c.class,
  address: c.address,
  regionId: c.regionId,
  phone: '',
  idNumber: '',
  specialCare: SPECIAL_CARE_GROUPS.filter((g) => c.specialCare[g]),
  tags: c.tags,
  notes: c.notes ?? '',
});

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The fields that differ from the file as read (PATCH sends only those). */
function patchOf(c: CustomerView, v: CustomerFormValues): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (v.name.trim() !== c.name) patch.name = v.name.trim();
  if (v.class !== c.class) patch.class = v.class;
  if (v.address.trim() !== c.address) patch.address = v.address.trim();
  if (v.regionId !== c.regionId) patch.regionId = v.regionId;
  if (v.phone?.trim()) patch.phone = v.phone.trim();
  if (v.idNumber?.trim()) patch.idNumber = v.idNumber.trim();
  const care = Object.fromEntries(SPECIAL_CARE_GROUPS.map((g) => [g, v.specialCare?.includes(g) ?? false])) as Record<(typeof SPECIAL_CARE_GROUPS)[number], boolean>;
  if (SPECIAL_CARE_GROUPS.some((g) => care[g] !== c.specialCare[g])) patch.specialCare = care;
  if (!sameList(v.tags ?? [], c.tags)) patch.tags = v.tags ?? [];
  const notes = v.notes ?? '';
  if (notes !== (c.notes ?? '')) patch.notes = notes === '' ? null : notes;
  return patch;
}

/**
 * Change a customer file: PATCH with `If-Match` of the version read. When someone else changed
 * the file meanwhile (412, or 409 stale-version), nothing is saved and the page says so, with a
 * reload of the latest version.
 */
export default function EditCustomerPage({ params }: PageProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = params.id!;
  const { data: customer, error, loading, reload } = useRequest((signal) => unwrap(client.GET('/v1/customers/{id}', { params: { path: { id } }, signal })), [id]);
  const [form] = Form.useForm<CustomerFormValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [stale, setStale] = useState(false);

  // A (re)loaded file replaces what the form shows.
  useEffect(() => {
    if (customer) {
      form.resetFields();
      form.setFieldsValue(valuesOf(customer));
    }
  }, [customer, form]);

  if (error && (error.status === 404 || error.status === 400)) return <CustomerNotFound />;
  if (!customer) {
    return (
      <Card>
        {error ? <Alert type="error" showIcon title={t('customers.profile.loadFailed')} description={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} /> : <Skeleton active={loading} />}
      </Card>
    );
  }

  const submit = async (values: CustomerFormValues) => {
    const patch = patchOf(customer, values);
    if (!Object.keys(patch).length) {
      void message.info(t('customers.form.nothingChanged'));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await client.PATCH('/v1/customers/{id}', { params: { path: { id: customer.id } }, body: patch, headers: { 'if-match': `"${customer.version}"` } });
      void message.success(t('customers.form.saved'));
      navigate(`/customers/${customer.id}`);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      if (e.status === 412 || (e.status === 409 && e.code === 'stale-version')) setStale(true);
      else setProblem(showServerErrors(form, e, { accountNumberTaken: '', problem: problemMessage(t, e) }));
    } finally {
      setBusy(false);
    }
  };

  const banner = (
    <>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="customer-alert"
          data-testid="stale-version"
          title={t('customers.form.stale')}
          action={
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                setStale(false);
                reload();
              }}
            >
              {t('customers.form.reload')}
            </Button>
          }
        />
      )}
      <FormProblem text={problem} />
    </>
  );

  return (
    <Card title={<h2 className="card-title">{customer.name}</h2>}>
      <CustomerForm
        form={form}
        mode="edit"
        customer={customer}
        busy={busy}
        initialValues={valuesOf(customer)}
        onFinish={(values) => void submit(values)}
        onCancel={() => navigate(`/customers/${customer.id}`)}
        banner={banner}
      />
    </Card>
  );
}

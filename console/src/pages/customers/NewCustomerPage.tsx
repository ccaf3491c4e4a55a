import './customers.css';
import './messages.ts';
import { App, Card, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, idempotencyKey, unwrap } from '../../api.ts';
import type { PageProps } from '../../navigation.tsx';
import { useRegionScope } from '../../regions.tsx';
import { navigate } from '../../router.tsx';
import { CustomerForm, FormProblem, showServerErrors, type CustomerFormValues } from './CustomerForm.tsx';
import { SPECIAL_CARE_GROUPS } from './ui.tsx';
import { problemMessage } from '../../problem-message.ts';

/** Open a customer file (POST /v1/customers); on success, the new customer's 360. */
export default function NewCustomerPage(_: PageProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { regionId, regions } = useRegionScope();
  const [form] = Form.useForm<CustomerFormValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  // The regions arrive after a reload: one region is the obvious choice.
  useEffect(() => {
    if (!form.getFieldValue('regionId') && regions.length === 1) form.setFieldValue('regionId', regions[0]!.regionId);
  }, [form, regions]);

  const submit = async (values: CustomerFormValues) => {
    setBusy(true);
    setProblem(undefined);
    const body = {
      accountNumber: values.accountNumber!.trim(),
      name: values.name.trim(),
      class: values.class,
      phone: values.phone!.trim(),
      address: values.address.trim(),
      regionId: values.regionId,
      specialCare: Object.fromEntries(SPECIAL_CARE_GROUPS.map((g) => [g, values.specialCare?.includes(g) ?? false])),
      ...(values.idNumber?.trim() ? { idNumber: values.idNumber.trim() } : {}),
      ...(values.tags?.length ? { tags: values.tags } : {}),
      ...(values.notes?.trim() ? { notes: values.notes } : {}),
    };
    try {
      const created = await unwrap(client.POST('/v1/customers', { body, headers: { 'idempotency-key': idempotencyKey() } }));
      void message.success(t('customers.form.created', { name: created.name }));
      navigate(`/customers/${created.id}`);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status === 401) return;
      setProblem(showServerErrors(form, error, { accountNumberTaken: t('customers.form.accountNumberTaken', { accountNumber: body.accountNumber }), problem: problemMessage(t, error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h2 className="card-title">{t('customers.form.createTitle')}</h2>}>
      <CustomerForm
        form={form}
        mode="create"
        busy={busy}
        initialValues={{ class: 'residential', regionId: regionId ?? (regions.length === 1 ? regions[0]!.regionId : undefined), specialCare: [], tags: [] }}
        onFinish={(values) => void submit(values)}
        onCancel={() => (window.history.length > 1 ? window.history.back() : navigate('/customers'))}
        banner={<FormProblem text={problem} />}
      />
    </Card>
  );
}

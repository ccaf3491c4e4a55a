import { Alert, Button, Checkbox, Col, Form, Input, Row, Select, Space, type FormInstance, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { useRegionScope } from '../../regions.tsx';
import { CLASSES, type CustomerClass, type CustomerView } from './model.ts';
import { formFieldOf, isIdentifier, isIdNumber, isPhone, lengthBetween } from './rules.ts';
import { SPECIAL_CARE_GROUPS } from './ui.tsx';

/** The create and edit form: the API's rules at each field, the server's field errors under them. */
export interface CustomerFormValues {
  accountNumber?: string;
  name: string;
  class: CustomerClass;
  phone?: string;
  address: string;
  regionId: string;
  idNumber?: string;
  specialCare: (typeof SPECIAL_CARE_GROUPS)[number][];
  tags: string[];
  notes?: string;
}

export const FORM_FIELDS = ['accountNumber', 'name', 'class', 'phone', 'address', 'regionId', 'idNumber', 'specialCare', 'tags', 'notes'] as const;

/**
 * Put the server's refusal where it belongs: each `errors[].field` under its input, a taken
 * account number under the account number. Returns the problem text when no field took it.
 */
export function showServerErrors(form: FormInstance<CustomerFormValues>, error: ApiError, messages: { accountNumberTaken: string; problem: string }): string | undefined {
  if (error.status === 409 && error.code === 'account-number-taken') {
    form.setFields([{ name: 'accountNumber', errors: [messages.accountNumberTaken] }]);
    return undefined;
  }
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const e of error.problem.errors ?? []) {
    const name = formFieldOf(e.field);
    if ((FORM_FIELDS as readonly string[]).includes(name)) byField.set(name, [...(byField.get(name) ?? []), e.message]);
    else unplaced.push(`${e.field}: ${e.message}`);
  }
  if (byField.size) form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof CustomerFormValues, errors })));
  if (unplaced.length) return unplaced.join('; ');
  return byField.size ? undefined : messages.problem;
}

export function CustomerForm({
  form,
  mode,
  customer,
  initialValues,
  onFinish,
  onCancel,
  busy,
  banner,
}: {
  form: FormInstance<CustomerFormValues>;
  mode: 'create' | 'edit';
  customer?: CustomerView;
  initialValues: Partial<CustomerFormValues>;
  onFinish(values: CustomerFormValues): void;
  onCancel(): void;
  busy: boolean;
  banner?: ReactNode;
}) {
  const { t } = useTranslation();
  const { regions } = useRegionScope();
  const required = { required: true, message: t('customers.form.required') };
  const check = (ok: (v: string) => boolean, message: string): FormRule => ({
    validator: (_, value?: string) => (value === undefined || value.trim() === '' || ok(value) ? Promise.resolve() : Promise.reject(new Error(message))),
  });

  return (
    <Form<CustomerFormValues>
      form={form}
      name="customer"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError={{ focus: true, block: 'center' }}
      requiredMark
      data-testid="customer-form"
    >
      {banner}
      <Row gutter={24}>
        <Col xs={24} md={12}>
          {mode === 'create' ? (
            <Form.Item
              name="accountNumber"
              label={t('customers.fields.accountNumber')}
              rules={[{ ...required, whitespace: true }, check(isIdentifier, t('customers.form.accountNumberInvalid'))]}
            >
              <Input autoCapitalize="characters" spellCheck={false} autoComplete="off" maxLength={64} />
            </Form.Item>
          ) : (
            <Form.Item label={t('customers.fields.accountNumber')} htmlFor="customer_accountNumber">
              <Input id="customer_accountNumber" value={customer?.accountNumber} readOnly disabled />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('customers.fields.name')} rules={[{ ...required, whitespace: true }, check((v) => lengthBetween(v, 1, 64), t('customers.form.nameInvalid'))]}>
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="class" label={t('customers.fields.class')} rules={[required]}>
            <Select options={CLASSES.map((c) => ({ value: c, label: t(`customers.classes.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="regionId"
            label={t('customers.fields.regionId')}
            extra={t('customers.form.region')}
            rules={[required, { type: 'enum', enum: regions.map((r) => r.regionId), message: t('customers.form.region') }]}
          >
            <Select options={regions.map((r) => ({ value: r.regionId, label: r.name }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label={t('customers.fields.phone')}
            extra={mode === 'edit' && customer?.phone ? t('customers.form.phoneKeep', { phone: customer.phone }) : undefined}
            rules={[...(mode === 'create' ? [{ ...required, whitespace: true }] : []), check(isPhone, t('customers.form.phoneInvalid'))]}
          >
            <Input type="tel" inputMode="tel" autoComplete="off" maxLength={32} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="idNumber"
            label={t('customers.fields.idNumber')}
            extra={mode === 'edit' && customer?.idNumber ? t('customers.form.idNumberKeep', { idNumber: customer.idNumber }) : undefined}
            rules={[check(isIdNumber, t('customers.form.idNumberInvalid'))]}
          >
            <Input autoComplete="off" spellCheck={false} maxLength={32} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" label={t('customers.fields.address')} rules={[{ ...required, whitespace: true }, check((v) => lengthBetween(v, 2, 200), t('customers.form.addressInvalid'))]}>
            <Input autoComplete="off" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="specialCare" label={t('customers.fields.specialCare')}>
            <Checkbox.Group options={SPECIAL_CARE_GROUPS.map((g) => ({ value: g, label: t(`customers.specialCare.${g}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="tags"
            label={t('customers.fields.tags')}
            extra={t('customers.form.tagsHint')}
            rules={[
              {
                validator: (_, value?: string[]) => {
                  const ok = !value || (value.length <= 20 && value.every((tag) => lengthBetween(tag, 1, 32)));
                  return ok ? Promise.resolve() : Promise.reject(new Error(t('customers.form.tagInvalid')));
                },
              },
            ]}
          >
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ';', '；']} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="notes" label={t('customers.fields.notes')} rules={[check((v) => v.length <= 2000, t('customers.form.notesInvalid'))]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} showCount />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={busy}>
          {busy ? t('customers.form.saving') : t('customers.form.save')}
        </Button>
        <Button onClick={onCancel}>{t('customers.form.cancel')}</Button>
      </Space>
    </Form>
  );
}

/** An alert for a refusal no field took. */
export function FormProblem({ text }: { text?: string }) {
  const { t } = useTranslation();
  if (!text) return null;
  return <Alert type="error" showIcon className="customer-alert" title={t('customers.form.failed', { detail: text })} />;
}

import { Alert, App, Button, Drawer, Form, Input, InputNumber, Select, Skeleton, Space, Switch, TimePicker, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyField, PolicySectionView } from '../../../../shared/contract/policies.ts';
import { ApiError, client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { EffectiveFromFields, effectiveIso, type EffectiveValues } from './EffectiveFrom.tsx';
import { editorOf, numberBounds, toFieldState, valuesFromForm, type FieldState } from './form-values.ts';
import { useRequest } from '../../useRequest.ts';
import { useValueTexts } from './texts.ts';
import { fieldOfError, getPath } from './values.ts';

interface ScheduleValues extends EffectiveValues {
  /** One state per field of the section, in the order of `fields`. */
  f: FieldState[];
}

/**
 * "Schedule a change" (admins): a form generated from the section's `fields` by `unit`, starting
 * from the values in force now (read afresh: the page may show another instant). Submits every
 * value of the section (PUT); the server's field errors (`body.values.<path>`) land under their field.
 */
export function ScheduleDrawer({ section: shown, onClose, onSaved }: { section: PolicySectionView; onClose(): void; onSaved(view: PolicySectionView): void }) {
  const { t, i18n } = useTranslation();
  const live = useRequest((signal) => unwrap(client.GET('/v1/policies/{section}', { params: { path: { section: shown.section } }, signal })), [shown.section]);
  const section = (live.data as PolicySectionView | undefined) ?? shown;
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScheduleValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const title = section.title[language];
  const initialValues = useMemo<ScheduleValues>(
    () => ({
      mode: 'now',
      reason: '',
      f: section.fields.map((field) => toFieldState(field, getPath(section.inForce.values, field.path), getPath(section.defaults, field.path))),
    }),
    [section],
  );
  const ready = Boolean(live.data);

  const submit = async (values: ScheduleValues) => {
    setBusy(true);
    setProblem(undefined);
    const paths = section.fields.map((field) => field.path);
    try {
      const body = {
        values: valuesFromForm(section.fields, values.f, section.inForce.values, section.defaults),
        effectiveFrom: effectiveIso(values, f.timeZone),
        reason: values.reason.trim(),
      };
      const view = await unwrap(client.PUT('/v1/policies/{section}', { params: { path: { section: section.section } }, body }));
      void message.success(t('policies.schedule.saved', { section: title, time: f.dateTime(body.effectiveFrom) }));
      onSaved(view as PolicySectionView);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      const rest: string[] = [];
      const fields: { name: (string | number)[]; errors: string[] }[] = [];
      for (const error of e.problem.errors ?? []) {
        const at = fieldOfError(error.field, paths);
        const mode = form.getFieldValue('mode') as ScheduleValues['mode'];
        if (at) {
          const i = paths.indexOf(at.path);
          const sub = editorOf(section.fields[i]!, getPath(section.inForce.values, at.path), getPath(section.defaults, at.path)) === 'time-window' && /^(start|end)$/.test(at.rest) ? [at.rest] : [];
          fields.push({ name: ['f', i, 'value', ...sub], errors: [error.message] });
        } else if (error.field === 'body.effectiveFrom' && mode === 'later') fields.push({ name: ['effectiveAt'], errors: [error.message] });
        else if (error.field === 'body.reason') fields.push({ name: ['reason'], errors: [error.message] });
        else rest.push(error.message);
      }
      form.setFields(fields);
      if (!fields.length || rest.length) setProblem(t('policies.schedule.problem', { message: rest.length ? rest.join('; ') : problemMessage(t, e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open
      title={t('policies.schedule.title', { section: title })}
      onClose={onClose}
      size="large"
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} disabled={!ready} onClick={() => form.submit()}>
            {t('policies.schedule.submit')}
          </Button>
        </Space>
      }
    >
      {live.error && <Alert type="error" showIcon title={problemMessage(t, live.error)} role="alert" />}
      {!ready && !live.error && <Skeleton active />}
      {ready && (
        <Form<ScheduleValues> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} scrollToFirstError>
          {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
          <fieldset className="policy-fieldset">
            <legend>{t('policies.schedule.values')}</legend>
            {section.fields.map((field, i) => (
              <FieldEditor key={field.path} form={form} index={i} field={field} current={getPath(section.inForce.values, field.path)} fallback={getPath(section.defaults, field.path)} />
            ))}
          </fieldset>
          <EffectiveFromFields />
        </Form>
      )}
    </Drawer>
  );
}

/** One field's editor, by its unit; a nullable field gets an "on" switch. */
function FieldEditor({ form, index, field, current, fallback }: { form: FormInstance<ScheduleValues>; index: number; field: PolicyField; current: unknown; fallback: unknown }) {
  const { t, i18n } = useTranslation();
  const texts = useValueTexts();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const label = field.label[language];
  const on = Form.useWatch<boolean | undefined>(['f', index, 'on'], form) ?? true;
  const disabled = Boolean(field.nullable) && !on;
  const editor = editorOf(field, current, fallback);
  const required = { required: !disabled, message: t('policies.schedule.required') };
  const name = ['f', index, 'value'];

  const input = (() => {
    switch (editor) {
      case 'time-window':
        return (
          <Space wrap align="start">
            <Form.Item name={[...name, 'start']} label={t('policies.schedule.start')} rules={[required]}>
              <TimePicker format="HH:mm" minuteStep={5} disabled={disabled} needConfirm={false} />
            </Form.Item>
            <Form.Item name={[...name, 'end']} label={t('policies.schedule.end')} rules={[required]}>
              <TimePicker format="HH:mm" minuteStep={5} disabled={disabled} needConfirm={false} />
            </Form.Item>
          </Space>
        );
      case 'choice':
      case 'choices':
        return (
          <Form.Item name={name} label={label} rules={[required]}>
            <Select
              mode={editor === 'choices' ? 'multiple' : undefined}
              disabled={disabled}
              options={(field.options ?? []).map((o) => ({ value: o.value, label: o.label[language] }))}
            />
          </Form.Item>
        );
      case 'number': {
        const suffix = field.unit === 'percent' ? '%' : texts.units[field.unit];
        return (
          <Form.Item name={name} label={label} rules={[required]}>
            <InputNumber {...numberBounds(field.unit)} disabled={disabled} suffix={suffix || undefined} style={{ width: 200 }} />
          </Form.Item>
        );
      }
      case 'boolean':
        return (
          <Form.Item name={name} label={label} valuePropName="checked">
            <Switch disabled={disabled} />
          </Form.Item>
        );
      case 'text':
        return (
          <Form.Item name={name} label={label} rules={[required]}>
            <Input.TextArea rows={2} disabled={disabled} />
          </Form.Item>
        );
      default:
        return (
          <Form.Item
            name={name}
            label={t('policies.schedule.json', { label })}
            rules={[
              {
                validator: (_, value: unknown) => {
                  if (disabled) return Promise.resolve();
                  try {
                    JSON.parse(String(value));
                    return Promise.resolve();
                  } catch {
                    return Promise.reject(new Error(t('policies.schedule.jsonInvalid')));
                  }
                },
              },
            ]}
          >
            <Input.TextArea rows={4} disabled={disabled} spellCheck={false} className="policy-json" />
          </Form.Item>
        );
    }
  })();

  if (!field.nullable && editor !== 'time-window') return input;
  return (
    <fieldset className="policy-field">
      <legend>{label}</legend>
      {field.nullable && (
        <Form.Item name={['f', index, 'on']} label={t('policies.schedule.enabled')} valuePropName="checked" layout="horizontal">
          <Switch />
        </Form.Item>
      )}
      {input}
    </fieldset>
  );
}

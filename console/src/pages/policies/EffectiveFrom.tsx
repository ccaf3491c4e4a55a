import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format.ts';
import { pickedToIso, tenantNow, zoneName } from '../customers/time.ts';

/** "Effective from" (now, or a date-time on the tenant's clock, never in the past) and a required reason: the schedule drawer and the pack dialog. */
export interface EffectiveValues {
  mode: 'now' | 'later';
  effectiveAt?: Dayjs;
  reason: string;
}

/** The instant a form's "effective from" means. */
export const effectiveIso = (values: Pick<EffectiveValues, 'mode' | 'effectiveAt'>, timeZone: string): string =>
  values.mode === 'later' && values.effectiveAt ? pickedToIso(values.effectiveAt, timeZone) : new Date().toISOString();

export function EffectiveFromFields() {
  const { t } = useTranslation();
  const f = useFormat();
  const mode = Form.useWatch<EffectiveValues['mode']>('mode');
  return (
    <>
      <Form.Item name="mode" label={t('policies.schedule.effectiveFrom')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'now', label: t('policies.schedule.now') },
            { value: 'later', label: t('policies.schedule.later') },
          ]}
        />
      </Form.Item>
      {mode === 'later' && (
        <Form.Item
          name="effectiveAt"
          label={t('policies.schedule.when', { zone: zoneName(f.language, f.timeZone) })}
          rules={[
            { required: true, message: t('policies.schedule.required') },
            {
              validator: (_, value?: Dayjs) =>
                !value || new Date(pickedToIso(value, f.timeZone)).getTime() >= Date.now() - 60_000 ? Promise.resolve() : Promise.reject(new Error(t('policies.schedule.pastNotAllowed'))),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(tenantNow(f.timeZone), 'day')}
          />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('policies.schedule.reason')}
        extra={t('policies.schedule.reasonHint')}
        rules={[
          { required: true, whitespace: true, message: t('policies.schedule.required') },
          { min: 2, max: 500, message: t('policies.schedule.required') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </>
  );
}

import './messages.ts';
import './surveys.css';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_CLASSES } from '../../../../shared/contract/customers.ts';
import { MAX_QUOTAS, SURVEY_CHANNELS, SURVEY_KINDS, SURVEY_SCHEDULES, SURVEY_TRIGGERS, type CampaignView } from '../../../../shared/contract/surveys.ts';
import { ApiError } from '../../api.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { navigate } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { createCampaign, getCampaign, updateCampaign } from './api.ts';
import { createBody, formFieldOf, formValuesOf, updateBody, type CampaignFormValues } from './model.ts';
import { PlanText } from './ui.tsx';

const INITIAL: Partial<CampaignFormValues> = { kind: 'periodic', schedule: 'quarterly', classes: ['residential'], sampleRatePercent: 10, channel: 'sms', quotas: [] };

/**
 * The campaign editor: a new campaign (name, periodic with a schedule or after an event, the
 * regions and customer classes it samples, the sample rate in percent, quotas by region and/or
 * class, skip days, the channel), or an existing one's name, sample rate, quotas and skip days
 * (all that may change once created), sent with the version read. Refusals land on their fields.
 */
export default function CampaignEditorPage({ params }: PageProps) {
  const { t } = useTranslation();
  const id = params.id;
  const { data: campaign, error, loading } = useRequest((signal) => (id ? getCampaign(id, signal) : Promise.resolve(undefined)), [id]);
  if (id && !campaign) {
    if (error?.status === 404 || error?.status === 400) return <Card><Empty description={t('surveys.detail.notFound')} /></Card>;
    return <Card loading={loading}>{error && <Alert type="error" showIcon title={problemMessage(t, error)} />}</Card>;
  }
  return <Editor campaign={campaign} />;
}

function Editor({ campaign }: { campaign?: CampaignView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { regions, nameOf } = useRegionScope();
  const [form] = Form.useForm<CampaignFormValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const kind = Form.useWatch('kind', form);
  const editing = Boolean(campaign);

  useEffect(() => {
    form.setFieldsValue(campaign ? formValuesOf(campaign) : INITIAL);
  }, [campaign, form]);

  const regionOptions = (campaign ? [...new Set([...regions.map((r) => r.regionId), ...campaign.scope.regionIds])] : regions.map((r) => r.regionId)).map((r) => ({ value: r, label: nameOf(r) }));
  const classOptions = CUSTOMER_CLASSES.map((c) => ({ value: c, label: t(`dashboard.classes.${c}`) }));

  const submit = async (values: CampaignFormValues) => {
    setBusy(true);
    setProblem(undefined);
    try {
      if (campaign) {
        const saved = await updateCampaign(campaign.id, updateBody(values, campaign.version));
        void message.success(t('surveys.editor.saved', { name: saved.name }));
        navigate(`/surveys/${saved.id}`);
      } else {
        const created = await createCampaign(createBody(values));
        void message.success(t('surveys.editor.created', { name: created.name }));
        navigate(`/surveys/${created.id}`);
      }
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      const fields = Object.entries(e.fieldErrors()).map(([name, text]) => ({ name: formFieldOf(name) as never, errors: [text] }));
      if (e.status === 400 && fields.length) form.setFields(fields);
      else setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t(campaign?.state && campaign.state !== 'draft' ? 'surveys.editor.startedOnly' : editing ? 'surveys.editor.draftOnly' : 'surveys.intro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
      <Form<CampaignFormValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={INITIAL} style={{ maxWidth: 720 }} aria-label={t(editing ? 'nav.surveyEdit' : 'nav.surveyNew')}>
        <Form.Item name="name" label={t('surveys.editor.name')} rules={[{ required: true, whitespace: true, message: t('surveys.editor.nameRequired') }]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        {campaign ? (
          <Fixed campaign={campaign} />
        ) : (
          <>
            <Form.Item name="kind" label={t('surveys.editor.kind')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={SURVEY_KINDS.map((k) => ({ value: k, label: t(`surveys.kinds.${k}`) }))} />
            </Form.Item>
            {kind === 'event' ? (
              <Form.Item name="trigger" label={t('surveys.editor.trigger')} rules={[{ required: true, message: t('surveys.editor.triggerRequired') }]}>
                <Select options={SURVEY_TRIGGERS.map((s) => ({ value: s, label: t(`surveys.triggers.${s}`) }))} />
              </Form.Item>
            ) : (
              <Form.Item name="schedule" label={t('surveys.editor.schedule')} rules={[{ required: true, message: t('surveys.editor.scheduleRequired') }]}>
                <Select options={SURVEY_SCHEDULES.map((s) => ({ value: s, label: t(`surveys.schedules.${s}`) }))} />
              </Form.Item>
            )}
            <Form.Item name="regionIds" label={t('surveys.editor.regions')} rules={[{ required: true, type: 'array', min: 1, message: t('surveys.editor.regionsRequired') }]}>
              <Select mode="multiple" options={regionOptions} optionFilterProp="label" data-testid="campaign-regions" />
            </Form.Item>
            {/* A validator, not `required`: antd would put aria-required on the checkboxes' wrapper, which has no role that allows it. */}
            <Form.Item name="classes" label={t('surveys.editor.classes')} rules={[{ validator: (_, v: unknown[] | undefined) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('surveys.editor.classesRequired')))) }]}>
              <Checkbox.Group options={classOptions} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="sampleRatePercent"
          label={t('surveys.editor.sampleRate')}
          extra={t('surveys.editor.sampleRateHint')}
          rules={[{ required: true, message: t('surveys.editor.sampleRateRange') }, { validator: (_, v: number | null) => (v === null || v === undefined || (v > 0 && v <= 100) ? Promise.resolve() : Promise.reject(new Error(t('surveys.editor.sampleRateRange')))) }]}
        >
          <InputNumber min={0} max={100} step={1} precision={2} suffix="%" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={t('surveys.editor.quotas')} extra={t('surveys.editor.quotasHint', { max: MAX_QUOTAS })}>
          <Form.List name="quotas">
            {(rows, { add, remove }) => (
              <>
                {rows.map((row, i) => (
                  <div className="survey-quota-row" key={row.key} data-testid={`quota-${i}`}>
                    <Form.Item name={[row.name, 'regionId']} rules={[{ validator: (_, v) => quotaNamesOne(form.getFieldValue(['quotas', row.name]), v, t('surveys.editor.quotaNeedsOne')) }]}>
                      <Select aria-label={`${t('surveys.editor.quotaRegion')} ${i + 1}`} allowClear placeholder={t('surveys.editor.quotaRegion')} style={{ width: 180 }} options={regionOptions} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'class']}>
                      <Select aria-label={`${t('surveys.editor.quotaClass')} ${i + 1}`} allowClear placeholder={t('surveys.editor.quotaClass')} style={{ width: 140 }} options={classOptions} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'max']} rules={[{ required: true, message: t('surveys.editor.quotaMaxRequired') }]}>
                      <InputNumber aria-label={`${t('surveys.editor.quotaMax')} ${i + 1}`} placeholder={t('surveys.editor.quotaMax')} min={1} max={1_000_000} precision={0} style={{ width: 140 }} />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label={`${t('surveys.editor.removeQuota')} ${i + 1}`} onClick={() => remove(row.name)} />
                  </div>
                ))}
                <Button icon={<PlusOutlined />} disabled={rows.length >= MAX_QUOTAS} onClick={() => add({})}>
                  {t('surveys.editor.addQuota')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="skipDays" label={t('surveys.editor.skipDays')} extra={t('surveys.editor.skipDaysHint')}>
          <InputNumber min={0} max={730} precision={0} style={{ width: 160 }} />
        </Form.Item>
        {!campaign && (
          <Form.Item name="channel" label={t('surveys.editor.channel')} extra={t('surveys.editor.channelHint')} rules={[{ required: true }]}>
            <Radio.Group options={SURVEY_CHANNELS.map((c) => ({ value: c, label: t(`surveys.channels.${c}`) }))} />
          </Form.Item>
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t(editing ? 'surveys.editor.save' : 'surveys.editor.create')}
          </Button>
          <Button onClick={() => navigate(campaign ? `/surveys/${campaign.id}` : '/surveys')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

/** What a campaign samples from, fixed once created: shown as text, not as disabled controls. */
function Fixed({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const { nameOf } = useRegionScope();
  return (
    <Descriptions bordered size="small" column={1} style={{ marginBottom: 24 }} data-testid="campaign-fixed">
      <Descriptions.Item label={t('surveys.editor.kind')}>{t(`surveys.kinds.${campaign.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t(campaign.kind === 'periodic' ? 'surveys.editor.schedule' : 'surveys.editor.trigger')}>
        <PlanText campaign={campaign} />
      </Descriptions.Item>
      <Descriptions.Item label={t('surveys.editor.regions')}>{campaign.scope.regionIds.map(nameOf).join('、')}</Descriptions.Item>
      <Descriptions.Item label={t('surveys.editor.classes')}>{campaign.scope.classes.map((c) => t(`dashboard.classes.${c}`)).join('、')}</Descriptions.Item>
      <Descriptions.Item label={t('surveys.editor.channel')}>{t(`surveys.channels.${campaign.channel}`)}</Descriptions.Item>
    </Descriptions>
  );
}

/** A quota names a region, a class or both (the contract's rule, checked on the row's region field). */
function quotaNamesOne(row: { regionId?: string; class?: string } | undefined, _value: unknown, message: string): Promise<void> {
  return row?.regionId || row?.class ? Promise.resolve() : Promise.reject(new Error(message));
}

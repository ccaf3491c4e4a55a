import { Alert, App, Button, Card, Empty, Form, List, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyField, PolicyPackView, PolicySectionView } from '../../../../shared/contract/policies.ts';
import { ApiError, client, idempotencyKey, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { EffectiveFromFields, effectiveIso, type EffectiveValues } from './EffectiveFrom.tsx';
import { useValueTexts } from './texts.ts';
import { formatValue, getPath } from './values.ts';

/** Regulation packs: what each sets, with its source; admins apply one (effective from + reason). */
export function PacksCard({
  packs,
  sections,
  loading,
  error,
  isAdmin,
  onApplied,
}: {
  packs: PolicyPackView[];
  sections: PolicySectionView[];
  loading: boolean;
  error?: ApiError;
  isAdmin: boolean;
  onApplied(): void;
}) {
  const { t } = useTranslation();
  const texts = useValueTexts();
  const language = texts.language;
  const [applying, setApplying] = useState<PolicyPackView>();

  const valuesOf = (pack: PolicyPackView) =>
    pack.sections.flatMap((s) => {
      const section = sections.find((x) => x.section === s.section);
      const paths = section?.fields.map((field) => field.path).filter((p) => getPath(s.values, p) !== undefined) ?? Object.keys(s.values);
      return paths.map((path) => {
        const field = section?.fields.find((x) => x.path === path) ?? ({ path, unit: 'json', label: { 'zh-CN': path, en: path } } as unknown as PolicyField);
        return { key: `${s.section}:${path}`, section: section?.title[language] ?? s.section, label: field.label[language], value: formatValue(field, getPath(s.values, path), texts), source: s.sources[path] };
      });
    });

  return (
    <Card title={<h2 className="card-title">{t('policies.packs.title')}</h2>} data-testid="policy-packs">
      <Typography.Paragraph type="secondary">{t('policies.packs.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} />}
      <List
        loading={loading}
        dataSource={packs}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.packs.empty')} /> }}
        renderItem={(pack) => (
          <List.Item key={pack.id} data-testid={`pack-${pack.id}`} className="policy-pack">
            <div className="policy-pack-head">
              <div>
                <h3>{pack.title[language]}</h3>
                <Typography.Paragraph>{pack.description[language]}</Typography.Paragraph>
              </div>
              {isAdmin && (
                <Button onClick={() => setApplying(pack)} aria-label={`${t('policies.packs.apply')}：${pack.title[language]}`}>
                  {t('policies.packs.apply')}
                </Button>
              )}
            </div>
            <h4>{t('policies.packs.sets')}</h4>
            <ul className="policy-pack-values">
              {valuesOf(pack).map((v) => (
                <li key={v.key}>
                  <div>
                    {v.section} › {v.label}：<strong>{v.value}</strong>
                  </div>
                  {v.source && (
                    <div className="policy-source">
                      <Typography.Text>{v.source.ref}</Typography.Text>
                      <Typography.Text type="secondary">{v.source.text}</Typography.Text>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </List.Item>
        )}
      />
      {applying && (
        <ApplyPackModal
          pack={applying}
          onClose={() => setApplying(undefined)}
          onApplied={() => {
            setApplying(undefined);
            onApplied();
          }}
        />
      )}
    </Card>
  );
}

function ApplyPackModal({ pack, onClose, onApplied }: { pack: PolicyPackView; onClose(): void; onApplied(): void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<EffectiveValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const title = pack.title[i18n.language === 'en' ? 'en' : 'zh-CN'];

  const submit = async (values: EffectiveValues) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await unwrap(
        client.POST('/v1/policy-packs/{pack}/apply', {
          params: { path: { pack: pack.id }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { effectiveFrom: effectiveIso(values, f.timeZone), reason: values.reason.trim() },
        }),
      );
      void message.success(t('policies.packs.applied', { pack: title, count: result.versions.length, time: f.dateTime(result.effectiveFrom) }));
      onApplied();
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      const fields = (e.problem.errors ?? []).flatMap((x) => {
        const name = x.field === 'body.reason' ? ('reason' as const) : x.field === 'body.effectiveFrom' && values.mode === 'later' ? ('effectiveAt' as const) : undefined;
        return name ? [{ name, errors: [x.message] }] : [];
      });
      form.setFields(fields);
      if (!fields.length) setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('policies.packs.applyTitle', { pack: title })}
      onCancel={onClose}
      okText={t('policies.packs.apply')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<EffectiveValues> form={form} layout="vertical" initialValues={{ mode: 'now', reason: '' }} onFinish={submit}>
        {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
        <Typography.Paragraph type="secondary">{pack.description[i18n.language === 'en' ? 'en' : 'zh-CN']}</Typography.Paragraph>
        <EffectiveFromFields />
      </Form>
    </Modal>
  );
}

import './messages.ts';
import './policies.css';
import { Alert, App, Button, Card, Collapse, DatePicker, Empty, Form, Grid, Popconfirm, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyField, PolicyPackView, PolicySectionView, PolicyVersion } from '../../../../shared/contract/policies.ts';
import { ApiError, client, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';
import { pickedToIso, zoneName } from '../customers/time.ts';
import { PacksCard } from './PacksCard.tsx';
import { ScheduleDrawer } from './ScheduleDrawer.tsx';
import { useValueTexts } from './texts.ts';
import { formatValue, getPath, sameValue, withChanges, type Values } from './values.ts';

/**
 * 规则与政策: every policy section of the tenant — the values in force (or at another instant),
 * their defaults and sources, scheduled changes and the history; admins schedule changes and
 * apply regulation packs. Generic over sections: each is drawn from its `fields`.
 */
export default function PoliciesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useSession();
  const isAdmin = user.roles.includes('admin');
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const at = asOf ? pickedToIso(asOf, f.timeZone) : undefined;
  const policies = useRequest((signal) => unwrap(client.GET('/v1/policies', { params: { query: { at } }, signal })), [at]);
  const packs = useRequest((signal) => unwrap(client.GET('/v1/policy-packs', { signal })), []);
  const sections = (policies.data?.items ?? []) as PolicySectionView[];
  const packList = (packs.data?.items ?? []) as PolicyPackView[];
  const reload = () => {
    policies.reload();
    packs.reload();
  };

  return (
    <div className="stack">
      <Card>
        <Typography.Paragraph type="secondary">{t('policies.intro')}</Typography.Paragraph>
        <Form layout="inline" className="policy-asof">
          <Form.Item label={t('policies.asOf')} htmlFor="policy-as-of" extra={t('policies.asOfHint', { zone: zoneName(f.language, f.timeZone) })}>
            <DatePicker id="policy-as-of" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={asOf} onChange={(v) => setAsOf(v)} />
          </Form.Item>
          {asOf && (
            <Form.Item>
              <Button onClick={() => setAsOf(null)}>{t('policies.asOfNow')}</Button>
            </Form.Item>
          )}
        </Form>
        {at && (
          <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('policies.showingAt', { time: f.dateTime(at) })} />
        )}
      </Card>
      {policies.error && <Alert type="error" showIcon title={problemMessage(t, policies.error)} action={<Button onClick={policies.reload}>{t('errors.retry')}</Button>} />}
      {!policies.loading && !policies.error && !sections.length && <Empty description={t('policies.empty')} />}
      {policies.loading && !sections.length && <Card loading />}
      {sections.map((section) => (
        <SectionCard key={section.section} section={section} packs={packList} isAdmin={isAdmin} onChanged={reload} />
      ))}
      <PacksCard packs={packList} sections={sections} loading={packs.loading} error={packs.error} isAdmin={isAdmin} onApplied={reload} />
    </div>
  );
}

function SectionCard({ section, packs, isAdmin, onChanged }: { section: PolicySectionView; packs: PolicyPackView[]; isAdmin: boolean; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const texts = useValueTexts();
  const phone = Grid.useBreakpoint().md === false;
  const [scheduling, setScheduling] = useState(false);
  const language = texts.language;
  const paths = section.fields.map((field) => field.path);
  const versions = withChanges(section.history, section.defaults, paths);
  const changesOf = (id: string) => versions.find((v) => v.id === id);
  const headingId = `policy-${section.section.replace(/\W/g, '-')}`;

  const cancel = async (version: PolicyVersion) => {
    try {
      await client.DELETE('/v1/policies/{section}/versions/{versionId}', { params: { path: { section: section.section, versionId: version.id } } });
      void message.success(t('policies.scheduled.cancelled'));
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
    }
  };

  const changeList = (changed: string[], previous: Values, values: Values) =>
    changed.length ? (
      <ul className="policy-changes">
        {changed.map((path) => {
          const field = section.fields.find((x) => x.path === path) ?? ({ path, unit: 'text', label: { 'zh-CN': path, en: path } } as unknown as PolicyField);
          return (
            <li key={path}>
              {field.label[language]}：{formatValue(field, getPath(previous, path), texts)} → {formatValue(field, getPath(values, path), texts)}
            </li>
          );
        })}
      </ul>
    ) : (
      t('policies.history.noChange')
    );

  const source = (field: PolicyField) => (
    <div className="policy-source">
      <Typography.Text>{field.source.ref}</Typography.Text>
      <Typography.Text type="secondary">{field.source.text}</Typography.Text>
    </div>
  );

  const rows = section.fields.map((field) => ({ field, value: getPath(section.inForce.values, field.path), fallback: getPath(section.defaults, field.path) }));
  const valueText = (row: (typeof rows)[number]) => (
    <>
      <strong>{formatValue(row.field, row.value, texts)}</strong>
      {!sameValue(row.value, row.fallback) && <Typography.Text type="secondary">{t('policies.changedMark')}</Typography.Text>}
    </>
  );
  const packTitle = (id: string | null) => (id ? (packs.find((p) => p.id === id)?.title[language] ?? id) : t('policies.history.manual'));

  return (
    <Card
      title={
        <h2 className="card-title" id={headingId}>
          {section.title[language]}
        </h2>
      }
      extra={
        isAdmin && (
          <Button type="primary" onClick={() => setScheduling(true)}>
            {t('policies.schedule.open')}
          </Button>
        )
      }
      data-testid={`policy-${section.section}`}
      aria-labelledby={headingId}
      role="region"
    >
      <p className="policy-state" data-testid="policy-state">
        {section.inForce.versionId && section.inForce.effectiveFrom ? (
          <Tag color="processing">{t('policies.inForceSince', { time: f.dateTime(section.inForce.effectiveFrom) })}</Tag>
        ) : (
          <Tag>{t('policies.defaultsApply')}</Tag>
        )}
      </p>
      {phone ? (
        <dl className="policy-values-list">
          {rows.map((row) => (
            <div key={row.field.path} className="policy-value-item">
              <dt>{row.field.label[language]}</dt>
              <dd>
                <div>{valueText(row)}</div>
                <div>
                  <Typography.Text type="secondary">
                    {t('policies.columns.default')}：{formatValue(row.field, row.fallback, texts)}
                  </Typography.Text>
                </div>
                {source(row.field)}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <Table
          className="policy-values"
          rowKey={(row) => row.field.path}
          dataSource={rows}
          pagination={false}
          size="middle"
          columns={[
            { title: t('policies.columns.label'), key: 'label', render: (_, row) => row.field.label[language], width: '22%' },
            { title: t('policies.columns.value'), key: 'value', render: (_, row) => valueText(row), width: '18%' },
            { title: t('policies.columns.default'), key: 'default', render: (_, row) => formatValue(row.field, row.fallback, texts), width: '15%' },
            { title: t('policies.columns.source'), key: 'source', render: (_, row) => source(row.field) },
          ]}
        />
      )}

      {section.scheduled.length > 0 && (
        <section className="policy-scheduled" aria-labelledby={`${headingId}-scheduled`}>
          <h3 id={`${headingId}-scheduled`}>{t('policies.scheduled.title')}</h3>
          <Table<PolicyVersion>
            rowKey="id"
            dataSource={section.scheduled}
            pagination={false}
            size="small"
            scroll={{ x: true }}
            columns={[
              { title: t('policies.scheduled.effectiveFrom'), dataIndex: 'effectiveFrom', render: (v: string) => f.dateTime(v) },
              { title: t('policies.scheduled.reason'), dataIndex: 'reason' },
              { title: t('policies.scheduled.actor'), key: 'actor', render: (_, v) => v.actor.name },
              {
                title: t('policies.scheduled.changes'),
                key: 'changes',
                render: (_, v) => {
                  const c = changesOf(v.id);
                  return c ? changeList(c.changed, c.previous, v.values) : null;
                },
              },
              ...(isAdmin
                ? [
                    {
                      title: t('policies.scheduled.actions'),
                      key: 'actions',
                      // Viewed as of an earlier instant, a version listed here may be in force by now: the API would refuse (409).
                      render: (_: unknown, v: PolicyVersion) =>
                        new Date(v.effectiveFrom).getTime() > Date.now() && (
                          <Popconfirm title={t('policies.scheduled.cancelConfirm')} okText={t('policies.scheduled.cancel')} cancelText={t('common.close')} onConfirm={() => cancel(v)}>
                            <Button size="small" danger>
                              {t('policies.scheduled.cancel')}
                            </Button>
                          </Popconfirm>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </section>
      )}

      <Collapse
        className="policy-history"
        size="small"
        items={[
          {
            key: 'history',
            label: <span data-testid="policy-history-toggle">{t('policies.history.title', { count: section.history.length })}</span>,
            children: versions.length ? (
              <Table
                rowKey="id"
                dataSource={versions}
                pagination={false}
                size="small"
                scroll={{ x: true }}
                columns={[
                  { title: t('policies.history.effectiveFrom'), dataIndex: 'effectiveFrom', render: (v: string) => f.dateTime(v) },
                  {
                    title: t('policies.history.status'),
                    key: 'status',
                    render: (_, v) =>
                      v.id === section.inForce.versionId ? (
                        <Tag color="processing">{t('policies.history.statusInForce')}</Tag>
                      ) : section.scheduled.some((s) => s.id === v.id) ? (
                        <Tag color="warning">{t('policies.history.statusScheduled')}</Tag>
                      ) : (
                        <Tag>{t('policies.history.statusPast')}</Tag>
                      ),
                  },
                  { title: t('policies.history.reason'), dataIndex: 'reason' },
                  { title: t('policies.history.pack'), dataIndex: 'pack', render: (p: string | null) => packTitle(p) },
                  { title: t('policies.history.actor'), key: 'actor', render: (_, v) => v.actor.name },
                  { title: t('policies.history.createdAt'), dataIndex: 'createdAt', render: (v: string) => f.dateTime(v) },
                  { title: t('policies.history.changes'), key: 'changes', render: (_, v) => changeList(v.changed, v.previous, v.values) },
                ]}
              />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policies.history.empty')} />
            ),
          },
        ]}
      />
      {scheduling && (
        <ScheduleDrawer
          key={`${section.section}-${i18n.language}`}
          section={section}
          onClose={() => setScheduling(false)}
          onSaved={() => {
            setScheduling(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

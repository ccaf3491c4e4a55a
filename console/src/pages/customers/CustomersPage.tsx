import './customers.css';
import './messages.ts';
import { CloudUploadOutlined, DownloadOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RegionSelect } from '../../components/RegionSelect.tsx';
import { useIsPhone } from '../../media.ts';
import type { PageProps } from '../../navigation.tsx';
import { useRegionScope } from '../../regions.tsx';
import { Link, navigate, useLocation } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { ExportButton } from './ExportButton.tsx';
import { CLASSES, EXPORT_ROLES, hasAnyRole, IMPORT_ROLES, WRITER_ROLES, type CustomerClass, type CustomerListItem } from './model.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import { SpecialCareIcon, StateTag } from './ui.tsx';
import { problemMessage } from '../../problem-message.ts';

const PAGE_SIZE = 20;
const ALL = '*';

/**
 * Customer search: one box for an account number, a phone, a meter serial or the start of a
 * name or address (the API's `q`), the class, and the region scope. Pages go by cursor (a stack
 * of the cursors seen, for "previous"). The search lives in the URL, so "back" from a customer
 * returns to it. On a phone the rows are cards.
 */
export default function CustomersPage(_: PageProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const isPhone = useIsPhone();
  const { regionId, nameOf } = useRegionScope();
  const { search } = useLocation();
  const q = search.get('q')?.trim() ?? '';
  const cls = CLASSES.find((c) => c === search.get('class'));
  const [draft, setDraft] = useState(q);

  const filterKey = [q, cls ?? '', regionId ?? ''].join('\u0000');
  const [paging, setPaging] = useState<{ key: string; cursors: (string | undefined)[] }>({ key: filterKey, cursors: [undefined] });
  const cursors = paging.key === filterKey ? paging.cursors : [undefined];
  const cursor = cursors[cursors.length - 1];

  const { data, error, loading, reload } = useRequest(
    (signal) => unwrap(client.GET('/v1/customers', { params: { query: { q: q || undefined, class: cls, regionId, cursor, limit: PAGE_SIZE } }, signal })),
    [q, cls, regionId, cursor],
  );

  const setFilters = (next: { q?: string; cls?: CustomerClass | undefined }) => {
    const params = new URLSearchParams();
    const nq = (next.q ?? q).trim();
    const nc = 'cls' in next ? next.cls : cls;
    if (nq) params.set('q', nq);
    if (nc) params.set('class', nc);
    const qs = params.toString();
    navigate(`/customers${qs ? `?${qs}` : ''}`, { replace: true });
  };

  const items = data?.items ?? [];
  const page = cursors.length;
  const canWrite = hasAnyRole(user.roles, WRITER_ROLES);

  return (
    <div className="stack">
      <Card>
        <div className="customer-search" role="search" aria-label={t('customers.search.label')}>
          <Input.Search
            className="customer-search-box"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onSearch={(value) => setFilters({ q: value })}
            placeholder={t('customers.search.placeholder')}
            aria-label={t('customers.search.label')}
            enterButton={t('customers.search.submit')}
            allowClear
            maxLength={64}
            inputMode="search"
            data-testid="customer-search"
          />
          <Select
            className="customer-class-filter"
            aria-label={t('customers.search.class')}
            value={cls ?? ALL}
            onChange={(value: string) => setFilters({ cls: CLASSES.find((c) => c === value) })}
            options={[{ value: ALL, label: t('customers.search.allClasses') }, ...CLASSES.map((c) => ({ value: c, label: t(`customers.classes.${c}`) }))]}
            popupMatchSelectWidth={false}
            data-testid="class-filter"
          />
          {isPhone && <RegionSelect block />}
        </div>
        <div className="page-toolbar customer-toolbar">
          <Typography.Text type="secondary" data-testid="matched-by" aria-live="polite">
            {data?.matchedBy && q && !loading ? t(`customers.search.matchedBy.${data.matchedBy}`) : ''}
          </Typography.Text>
          <Space wrap>
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/customers/new')}>
                {t('customers.search.create')}
              </Button>
            )}
            {hasAnyRole(user.roles, IMPORT_ROLES) && (
              <Button icon={<CloudUploadOutlined />} onClick={() => navigate('/customers/import')}>
                {t('customers.search.import')}
              </Button>
            )}
            {hasAnyRole(user.roles, EXPORT_ROLES) && <ExportButton regionId={regionId} cls={cls} icon={<DownloadOutlined />} />}
          </Space>
        </div>
      </Card>

      <Card title={<h2 className="card-title">{t('customers.search.results')}</h2>}>
        {error && (
          <Alert
            type="error"
            showIcon
            className="customer-alert"
            title={t('customers.search.loadFailed')}
            description={error.status === 0 ? t('errors.network') : problemMessage(t, error)}
            action={<Button onClick={reload}>{t('errors.retry')}</Button>}
          />
        )}
        {isPhone ? (
          <CustomerCards items={items} loading={loading && !data} nameOf={nameOf} />
        ) : (
          <ScrollRegion label={t('customers.search.results')}>
            <Table<CustomerListItem>
              rowKey="id"
              loading={loading}
              dataSource={items}
              pagination={false}
              scroll={{ x: 960 }}
              rowClassName={() => 'clickable-row'}
              onRow={(row) => ({
                onClick: (event) => {
                  if ((event.target as HTMLElement).closest('a')) return; // the name's link navigates itself
                  navigate(`/customers/${row.id}`);
                },
              })}
              locale={{ emptyText: <NoCustomers /> }}
              columns={[
                {
                  title: t('customers.fields.name'),
                  dataIndex: 'name',
                  fixed: 'left',
                  width: 170,
                  render: (_, c) => (
                    <span className="customer-name-cell">
                      <Link to={`/customers/${c.id}`}>{c.name}</Link>
                      <SpecialCareIcon flags={c.specialCare} />
                    </span>
                  ),
                },
                { title: t('customers.fields.accountNumber'), dataIndex: 'accountNumber', width: 150, render: (v: string) => <code>{v}</code> },
                { title: t('customers.fields.class'), dataIndex: 'class', width: 96, render: (v: CustomerClass) => t(`customers.classes.${v}`) },
                { title: t('customers.fields.phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '' },
                { title: t('customers.fields.address'), dataIndex: 'address', ellipsis: true },
                { title: t('customers.fields.regionId'), dataIndex: 'regionId', width: 110, render: (v: string) => nameOf(v) },
                {
                  title: t('customers.fields.meters'),
                  dataIndex: 'meters',
                  width: 140,
                  render: (meters: CustomerListItem['meters']) => meters.map((m) => m.serial).join(', '),
                },
                { title: t('customers.fields.state'), dataIndex: 'state', width: 90, render: (_, c) => <StateTag state={c.state} /> },
              ]}
            />
          </ScrollRegion>
        )}
        {(page > 1 || data?.nextCursor) && (
          <nav className="pager" aria-label={t('customers.search.results')}>
            <Button icon={<LeftOutlined />} disabled={page <= 1 || loading} onClick={() => setPaging({ key: filterKey, cursors: cursors.slice(0, -1) })}>
              {t('customers.search.previous')}
            </Button>
            <span aria-live="polite" data-testid="page-number">
              {t('customers.search.page', { page })}
            </span>
            <Button disabled={!data?.nextCursor || loading} onClick={() => data?.nextCursor && setPaging({ key: filterKey, cursors: [...cursors, data.nextCursor] })}>
              {t('customers.search.next')}
              <RightOutlined />
            </Button>
          </nav>
        )}
      </Card>
    </div>
  );
}

function NoCustomers() {
  const { t } = useTranslation();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <strong className="empty-title">{t('customers.search.empty')}</strong>
          <span className="empty-detail">{t('customers.search.emptyHint')}</span>
        </>
      }
    />
  );
}

/** Phones: one card per customer, the whole card a link (a large touch target). */
function CustomerCards({ items, loading, nameOf }: { items: CustomerListItem[]; loading: boolean; nameOf(id: string): string }) {
  const { t } = useTranslation();
  if (loading) return <PageLoading />;
  if (!items.length) return <NoCustomers />;
  return (
    <ul className="customer-cards" data-testid="customer-cards">
      {items.map((c) => (
        <li key={c.id}>
          <Link to={`/customers/${c.id}`} className="customer-card">
            <span className="customer-card-head">
              <span className="customer-card-name">
                {c.name}
                <SpecialCareIcon flags={c.specialCare} />
              </span>
              <StateTag state={c.state} />
            </span>
            <span className="customer-card-line">
              <code>{c.accountNumber}</code> · {t(`customers.classes.${c.class}`)} · {nameOf(c.regionId)}
            </span>
            <span className="customer-card-line">{c.phone}</span>
            <span className="customer-card-line customer-card-address">{c.address}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

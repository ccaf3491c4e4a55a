import './messages.ts';
import { Alert, Button, Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { Link } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import type { ReadBookView } from './model.ts';
import { ReadingRegionPicker, useReadingRegion } from './ReadingRegion.tsx';

type BookItem = Omit<ReadBookView, 'meterIds'>;

/** 抄表册: a region's read books (GET /v1/read-books?regionId=); a name opens the book. */
export default function ReadBooksPage(_: PageProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { regionId, loading: regionsLoading } = useReadingRegion();
  const { data, error, loading, reload } = useRequest(
    (signal) => (regionId ? (unwrap(client.GET('/v1/read-books', { params: { query: { regionId, limit: 200 } }, signal })) as Promise<{ items: BookItem[] }>) : Promise.resolve(undefined)),
    [regionId],
  );
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('reading.books.intro')}</Typography.Paragraph>
      <div className="page-toolbar">
        <ReadingRegionPicker />
      </div>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<BookItem>
        rowKey="id"
        loading={loading || regionsLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="books-table"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reading.books.empty')} /> }}
        columns={[
          { title: t('reading.books.columns.name'), dataIndex: 'name', render: (name: string, b) => <Link to={`/read-books/${b.id}`}>{name}</Link> },
          { title: t('reading.books.columns.reader'), dataIndex: 'reader' },
          { title: t('reading.books.columns.cadence'), dataIndex: 'cadence', render: (c: BookItem['cadence']) => t(`reading.cadences.${c}`) },
          { title: t('reading.books.columns.meters'), dataIndex: 'meterCount', render: (n: number) => t('reading.books.meters', { count: n }) },
          { title: t('reading.books.columns.updatedAt'), dataIndex: 'updatedAt', render: (at: string) => f.dateTime(at) },
        ]}
      />
    </Card>
  );
}

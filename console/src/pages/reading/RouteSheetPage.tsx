import './messages.ts';
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { Link } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { bookCycle } from './book-cycles.ts';
import type { ReadBookView } from './model.ts';

/**
 * 路线抄表单: a read book's open cycle on paper — walk order, meter serial, the last reading and
 * when, its status now, and blank columns for the value and a note; the print stylesheet
 * (reading.css, `@media print`) hides the console around it.
 */
export default function RouteSheetPage({ params }: PageProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data, error, loading, reload } = useRequest(
    async (signal) => {
      const book = (await unwrap(client.GET('/v1/read-books/{id}', { params: { path: { id: params.id! } }, signal }))) as ReadBookView;
      return { book, cycle: await bookCycle(book, { open: true, signal }) };
    },
    [params.id],
  );
  if (error) return <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />;
  if (!data) return <Card loading={loading} />;
  const { book, cycle } = data;
  return (
    <div className="stack">
      <Space className="no-print" wrap>
        <Link to={`/read-books/${book.id}`}>{t('reading.sheet.back')}</Link>
        {cycle && (
          <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
            {t('reading.sheet.print')}
          </Button>
        )}
      </Space>
      {!cycle ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('reading.sheet.noOpenCycle')}</span>} />
        </Card>
      ) : (
        <section className="route-sheet" data-testid="route-sheet" aria-labelledby="route-sheet-title">
          <h2 id="route-sheet-title" className="card-title">
            {t('reading.sheet.title')} · {t('reading.sheet.heading', { book: cycle.bookName, period: cycle.period })}
          </h2>
          <p>
            {t('reading.sheet.meta', {
              reader: cycle.reader,
              window: t('reading.cycles.window', { from: cycle.window.opensOn, to: cycle.window.closesAfter }),
              count: f.number(cycle.meters.length),
            })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reading.sheet.columns.seq')}</th>
                <th scope="col">{t('reading.sheet.columns.serial')}</th>
                <th scope="col">{t('reading.sheet.columns.lastReading')}</th>
                <th scope="col">{t('reading.sheet.columns.lastReadAt')}</th>
                <th scope="col">{t('reading.sheet.columns.status')}</th>
                <th scope="col">{t('reading.sheet.columns.value')}</th>
                <th scope="col">{t('reading.sheet.columns.note')}</th>
              </tr>
            </thead>
            <tbody>
              {cycle.meters.map((m) => (
                <tr key={m.meterId} data-meter-id={m.meterId} data-status={m.status}>
                  <td>{m.seq}</td>
                  <td>
                    <code>{m.serial}</code>
                  </td>
                  <td>{m.lastReading ? `${f.number(m.lastReading.value)} m³` : t('reading.cycle.noReading')}</td>
                  <td>{m.lastReading ? f.date(m.lastReading.readAt) : ''}</td>
                  <td>{t(`reading.meterStatus.${m.status}`)}</td>
                  <td className="write-in" />
                  <td className="write-in" />
                </tr>
              ))}
            </tbody>
          </table>
          <p className="route-sheet-signature">
            {t('reading.sheet.signature')} ____________________ &nbsp; {t('reading.sheet.printedAt', { time: f.dateTime(new Date()) })}
          </p>
        </section>
      )}
    </div>
  );
}

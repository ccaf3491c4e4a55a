import './messages.ts';
import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined, PrinterOutlined } from '@ant-design/icons';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Alert, App, Button, Card, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { Link } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { bookCycle } from './book-cycles.ts';
import { METER_STATUS_COLORS, type ReadBookView, type ReadCycleDetail, type ReadCycleMeter } from './model.ts';

/** Who re-sequences a book (READ_BOOK_WRITERS in shared/contract/read-books.ts). */
const WRITERS = ['admin', 'manager', 'dispatcher'];

/**
 * A read book (GET /v1/read-books/{id}) with its meters in walk order — serial and last reading
 * from its newest cycle, the status when that cycle is open — re-sequenced by dragging a handle (pointer, touch, or the
 * keyboard: space, arrows, space) or by "move up / down" buttons, and saved with
 * `PATCH {order, version}`; a stale version (409) says someone changed the book meanwhile.
 */
export default function ReadBookPage({ params }: PageProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const mayEdit = user.roles.some((r) => WRITERS.includes(r));
  const { data, error, loading, reload } = useRequest(
    async (signal) => {
      const book = (await unwrap(client.GET('/v1/read-books/{id}', { params: { path: { id: params.id! } }, signal }))) as ReadBookView;
      const cycle = await bookCycle(book, { signal }).catch(() => undefined);
      return { book, cycle };
    },
    [params.id],
  );
  if (error) return <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />;
  if (!data) return <Card loading={loading} />;
  return <BookEditor key={`${data.book.id}:${data.book.version}`} book={data.book} cycle={data.cycle} mayEdit={mayEdit} reload={reload} />;
}

function BookEditor({ book: loaded, cycle, mayEdit, reload }: { book: ReadBookView; cycle?: ReadCycleDetail; mayEdit: boolean; reload(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [book, setBook] = useState(loaded);
  const [order, setOrder] = useState(loaded.meterIds);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string>();
  useEffect(() => setOrder(book.meterIds), [book]);
  const meters = useMemo(() => new Map((cycle?.meters ?? []).map((m) => [m.meterId, m])), [cycle]);
  const changed = order.some((id, i) => id !== book.meterIds[i]);
  const nameOf = (id: string) => meters.get(id)?.serial ?? t('reading.book.meterId', { id });
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    setOrder(arrayMove(order, from, to));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  };
  const position = (id: string | number) => order.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('reading.book.announce.start', { id: nameOf(String(active.id)) }),
    onDragOver: ({ active, over }) => (over ? t('reading.book.announce.over', { id: nameOf(String(active.id)), position: position(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('reading.book.announce.end', { id: nameOf(String(active.id)), position: position(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('reading.book.announce.cancel', { id: nameOf(String(active.id)) }),
  };

  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      const next = (await unwrap(client.PATCH('/v1/read-books/{id}', { params: { path: { id: book.id } }, body: { order, version: book.version } }))) as ReadBookView;
      setBook(next);
      void message.success(t('reading.book.saved', { version: next.version }));
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      if (e.status === 409 || e.status === 412) setConflict(true);
      else setProblem(problemMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="stack">
      <Card title={<h2 className="card-title">{book.name}</h2>}>
        <Space direction="vertical">
          <Typography.Text>{t('reading.book.summary', { reader: book.reader, cadence: t(`reading.cadences.${book.cadence}`), count: f.number(book.meterCount), version: book.version })}</Typography.Text>
          {cycle?.state === 'open' ? (
            <Link to={`/read-books/${book.id}/route-sheet`} className="ant-btn ant-btn-default">
              <PrinterOutlined aria-hidden /> {t('reading.book.routeSheet')}
            </Link>
          ) : (
            <Typography.Text type="secondary">{t('reading.book.noOpenCycle')}</Typography.Text>
          )}
        </Space>
      </Card>
      <Card title={<h2 className="card-title">{t('reading.book.orderTitle')}</h2>}>
        <Typography.Paragraph type="secondary">{mayEdit ? t('reading.book.orderHelp') : t('reading.book.readOnly')}</Typography.Paragraph>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="book-conflict"
            title={t('reading.book.conflict')}
            action={<Button onClick={reload}>{t('reading.book.reloadLatest')}</Button>}
            style={{ marginBottom: 12 }}
          />
        )}
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        {mayEdit && (
          <div className="page-toolbar">
            <Typography.Text aria-live="polite">{changed ? t('reading.book.unsaved') : ''}</Typography.Text>
            <Space>
              <Button disabled={!changed || saving} onClick={() => setOrder(book.meterIds)}>
                {t('reading.book.discard')}
              </Button>
              <Button type="primary" disabled={!changed || conflict} loading={saving} onClick={() => void save()}>
                {t('reading.book.save')}
              </Button>
            </Space>
          </div>
        )}
        {mayEdit ? (
          <DndContext
            sensors={sensors}
            collisionDetection={closestCenter}
            onDragEnd={onDragEnd}
            accessibility={{ announcements, screenReaderInstructions: { draggable: t('reading.book.announce.instructions') } }}
          >
            <SortableContext items={order} strategy={verticalListSortingStrategy}>
              <ol className="walk-list" data-testid="walk-list">
                {order.map((id, i) => (
                  <SortableMeter key={id} id={id} seq={i + 1} meter={meters.get(id)} status={cycle?.state === 'open'} name={nameOf(id)} first={i === 0} last={i === order.length - 1} onMove={(d) => move(i, i + d)} />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        ) : (
          <ol className="walk-list" data-testid="walk-list">
            {order.map((id, i) => (
              <li key={id} className="walk-item" data-meter-id={id}>
                <MeterLine seq={i + 1} meter={meters.get(id)} name={nameOf(id)} status={cycle?.state === 'open'} />
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}

function MeterLine({ seq, meter, name, status }: { seq: number; meter?: ReadCycleMeter; name: string; status: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <span className="walk-seq">{t('reading.book.position', { seq })}</span>
      <span className="walk-serial">
        <code>{name}</code>
        {meter?.lastReading && (
          <Typography.Text type="secondary"> · {t('reading.cycle.lastReading', { value: f.number(meter.lastReading.value), time: f.date(meter.lastReading.readAt) })}</Typography.Text>
        )}
      </span>
      {status && meter && <Tag color={METER_STATUS_COLORS[meter.status]}>{t(`reading.meterStatus.${meter.status}`)}</Tag>}
    </>
  );
}

function SortableMeter({ id, seq, meter, status, name, first, last, onMove }: { id: string; seq: number; meter?: ReadCycleMeter; status: boolean; name: string; first: boolean; last: boolean; onMove(delta: number): void }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  return (
    <li ref={setNodeRef} className={isDragging ? 'walk-item dragging' : 'walk-item'} style={{ transform: CSS.Transform.toString(transform), transition }} data-meter-id={id}>
      <Button
        ref={setActivatorNodeRef}
        className="drag-handle"
        type="text"
        icon={<HolderOutlined aria-hidden />}
        aria-label={t('reading.book.dragHandle', { serial: name, seq })}
        {...attributes}
        {...listeners}
      />
      <MeterLine seq={seq} meter={meter} name={name} status={status} />
      <Space size={4}>
        <Button icon={<ArrowUpOutlined aria-hidden />} aria-label={t('reading.book.moveUp', { serial: name })} disabled={first} onClick={() => onMove(-1)} />
        <Button icon={<ArrowDownOutlined aria-hidden />} aria-label={t('reading.book.moveDown', { serial: name })} disabled={last} onClick={() => onMove(1)} />
      </Space>
    </li>
  );
}

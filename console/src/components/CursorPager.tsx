import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';

/**
 * Previous / next for a list the API pages with opaque cursors: `cursors` is the stack of cursors
 * of the pages before this one (empty on the first), `nextCursor` the API's for the next page.
 */
export function CursorPager({ cursors, setCursors, nextCursor, previous, next }: { cursors: string[]; setCursors(c: string[]): void; nextCursor: string | null | undefined; previous: string; next: string }) {
  return (
    <div className="page-toolbar" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
      <Space>
        <Button icon={<LeftOutlined />} disabled={!cursors.length} onClick={() => setCursors(cursors.slice(0, -1))}>
          {previous}
        </Button>
        <Button icon={<RightOutlined />} iconPosition="end" disabled={!nextCursor} onClick={() => nextCursor && setCursors([...cursors, nextCursor])}>
          {next}
        </Button>
      </Space>
    </div>
  );
}

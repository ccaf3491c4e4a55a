import './messages.ts';
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl, client, unwrap } from '../../api.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';
import { BRAND } from '../../theme.ts';

/** RapiDoc's element: `loadSpec` takes the document as an object (no second fetch, no URL box). */
interface RapiDocElement extends HTMLElement {
  loadSpec(spec: object): void;
}

/**
 * Attributes of the <rapi-doc> element: read-only (no "try it", no server or spec-URL boxes, no
 * authentication form: integrators call the API from their own systems with an API key), the
 * console's colours (WCAG AA on white; the method colours are in styles.css) and its system fonts:
 * `load-fonts="false"`, else RapiDoc fetches Open Sans from fonts.gstatic.com, and the page works
 * offline.
 */
const FONTS = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";
const ATTRIBUTES: Record<string, string> = {
  // One operation at a time, picked in RapiDoc's side bar: the document is ~100 operations with
  // their schemas inlined (1.2 MB), too much to lay out at once on a modest machine.
  'render-style': 'focused',
  layout: 'row',
  theme: 'light',
  'bg-color': '#ffffff',
  'text-color': '#1f1f1f',
  'primary-color': BRAND,
  'nav-bg-color': '#f5f7fa',
  'nav-text-color': '#1f1f1f',
  'nav-hover-bg-color': '#e6f4ff',
  'nav-hover-text-color': '#002c8c',
  'nav-accent-color': BRAND,
  'regular-font': FONTS,
  'load-fonts': 'false',
  'mono-font': "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace",
  'show-header': 'false',
  'allow-try': 'false',
  'allow-authentication': 'false',
  'allow-server-selection': 'false',
  'allow-spec-url-load': 'false',
  'allow-spec-file-load': 'false',
  'allow-spec-file-download': 'false',
  'allow-search': 'true',
  'allow-advanced-search': 'false',
  'update-route': 'false',
  'use-path-in-nav-bar': 'false',
  'show-method-in-nav-bar': 'as-plain-text',
  'schema-style': 'table',
  'schema-description-expanded': 'true',
  'default-schema-tab': 'schema',
};

/**
 * The API reference (admins, like the API keys and webhooks pages): the OpenAPI document the
 * server serves at /openapi.json (shared/openapi.ts), rendered by RapiDoc. RapiDoc is bundled
 * into its own chunk, loaded only when this page opens (not with the shell, not when the shell
 * preloads the menu's pages), and makes no request beyond the document itself.
 */
export default function ApiReferencePage() {
  const { t } = useTranslation();
  const { data, loading, error, reload } = useRequest(
    (signal) => Promise.all([unwrap(client.GET('/openapi.json', { signal })), import('./rapidoc.ts')]).then(([document]) => document as object),
    [],
  );
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = host.current;
    if (!container || !data) return;
    const element = document.createElement('rapi-doc') as RapiDocElement;
    for (const [name, value] of Object.entries(ATTRIBUTES)) element.setAttribute(name, value);
    element.className = 'api-reference-doc';
    container.replaceChildren(element);
    element.loadSpec(structuredClone(data));
    return () => container.replaceChildren();
  }, [data]);

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('apiReference.intro')}</Typography.Paragraph>
      <Space className="page-toolbar">
        <Typography.Link href={apiUrl('/openapi.json')} download="gascare-openapi.json">
          {t('apiReference.download')}
        </Typography.Link>
      </Space>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('apiReference.reload')}</Button>} />}
      {loading && !data && <Spin tip={t('apiReference.loading')}><div style={{ minHeight: 120 }} /></Spin>}
      <section aria-label={t('apiReference.region')} className="api-reference" ref={host} />
    </Card>
  );
}

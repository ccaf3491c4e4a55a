import { LockOutlined, ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { SignInFrame } from './SignInFrame.tsx';

interface Credentials {
  tenant: string;
  username: string;
  password: string;
}

const LAST_TENANT = 'gascare.lastTenant';

/** Company code, user name, password. Says why the user is here when a session expired. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { login, notice } = useAuth();
  const [form] = Form.useForm<Credentials>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    document.title = `${t('auth.title')} · ${t('app.name')}`;
  }, [t]);

  const submit = async ({ tenant, username, password }: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      await login(tenant.trim().toLowerCase(), username.trim(), password);
      localStorage.setItem(LAST_TENANT, tenant.trim().toLowerCase());
      // The router sends a signed-in user from /login to ?next= or the dashboard.
    } catch (e) {
      const failure = e instanceof ApiError ? e : undefined;
      if (failure?.status === 429) setError(t('auth.locked', { minutes: Math.max(1, Math.ceil((failure.retryAfter ?? 900) / 60)) }));
      else if (failure?.status === 401 || failure?.status === 400) setError(t('auth.invalid'));
      else if (failure?.status === 0) setError(t('errors.network'));
      else setError(t('errors.generic', { detail: failure?.problem.detail ?? String(e) }));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <SignInFrame title={t('app.name')} subtitle={t('auth.subtitle')}>
        {notice === 'expired' && <Alert className="login-alert" type="warning" showIcon title={t('auth.sessionExpired')} role="status" />}
        {notice === 'logged-out' && <Alert className="login-alert" type="info" showIcon title={t('auth.loggedOut')} role="status" />}
        {error && <Alert className="login-alert" type="error" showIcon title={error} role="alert" />}
        <Form<Credentials>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          initialValues={{ tenant: localStorage.getItem(LAST_TENANT) ?? '' }}
          aria-label={t('auth.title')}
        >
          <Form.Item name="tenant" label={t('auth.tenant')} extra={t('auth.tenantHint')} rules={[{ required: true, whitespace: true, message: t('auth.required.tenant') }]}>
            <Input prefix={<ShopOutlined aria-hidden />} autoComplete="organization" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, whitespace: true, message: t('auth.required.username') }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.required.password') }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {busy ? t('auth.submitting') : t('auth.submit')}
          </Button>
        </Form>
    </SignInFrame>
  );
}

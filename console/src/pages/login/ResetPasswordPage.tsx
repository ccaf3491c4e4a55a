import { Alert, Button, Form } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client } from '../../api.ts';
import { SignInFrame } from './SignInFrame.tsx';
import { problemMessage } from '../../problem-message.ts';
import { navigate } from '../../router.tsx';
import { NewPasswordFields } from '../account/ChangePasswordForm.tsx';

/** The one-time link an admin handed over: `/reset-password#tenant=…&token=…` (the fragment reaches no server). */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const link = useMemo(() => new URLSearchParams(window.location.hash.slice(1)), []);
  const tenant = link.get('tenant') ?? '';
  const token = link.get('token') ?? '';
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState(false);

  useEffect(() => {
    document.title = `${t('password.resetTitle')} · ${t('app.name')}`;
  }, [t]);

  const submit = async ({ newPassword }: { newPassword: string }) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await client.POST('/v1/auth/password-reset', { body: { tenant, token, newPassword } });
      setDone(true);
      window.history.replaceState(null, '', window.location.pathname); // the token is spent: out of the address bar
    } catch (e) {
      setProblem(e instanceof ApiError ? problemMessage(t, e) : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SignInFrame title={t('password.resetTitle')} subtitle={t('password.resetIntro')}>
        {problem && <Alert className="login-alert" type="error" showIcon title={problem} role="alert" />}
        {!tenant || !token ? (
          <Alert className="login-alert" type="error" showIcon title={t('password.badLink')} role="alert" />
        ) : done ? (
          <>
            <Alert className="login-alert" type="success" showIcon title={t('password.resetDone')} role="status" />
            <Button type="primary" block onClick={() => navigate('/login', { replace: true })}>
              {t('password.toLogin')}
            </Button>
          </>
        ) : (
          <Form layout="vertical" requiredMark={false} onFinish={submit} aria-label={t('password.resetTitle')}>
            <NewPasswordFields username="" />
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('common.save')}
            </Button>
          </Form>
        )}
    </SignInFrame>
  );
}

import { Alert, Button, Card } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** After sign-in with a password an operator set: nothing else until the user sets their own. */
export default function ForcedPasswordPage() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  useEffect(() => {
    document.title = `${t('password.mustChangeTitle')} · ${t('app.name')}`;
  }, [t]);
  return (
    <main className="login-page" id="main">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <Card className="login-card" title={<h1 className="login-title">{t('password.mustChangeTitle')}</h1>} extra={<Button onClick={() => logout()}>{t('auth.logout')}</Button>}>
        <Alert className="login-alert" type="warning" showIcon title={t('password.mustChange')} role="status" />
        <ChangePasswordForm />
      </Card>
    </main>
  );
}

import { Card, Descriptions, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import { useAuth, useSession } from '../../auth.tsx';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useFormat } from '../../format.ts';
import { useIsPhone } from '../../media.ts';
import { useRegionScope } from '../../regions.tsx';
import { useRequest } from '../../useRequest.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** Who is signed in (from GET /v1/me), until when, and the language. */
export default function AccountPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const session = useSession();
  const { setTimeZone, timeZone } = useAuth();
  const { nameOf } = useRegionScope();
  const isPhone = useIsPhone();
  const { data } = useRequest((signal) => unwrap(client.GET('/v1/me', { signal })), []);
  const me = data ?? { tenant: session.user.tenant, id: session.user.username, name: session.user.name, roles: session.user.roles, regions: session.user.regions ?? null };

  useEffect(() => {
    if (data?.timeZone) setTimeZone(data.timeZone);
  }, [data?.timeZone, setTimeZone]);

  return (
    <>
      <Card>
        <Descriptions
          column={1}
          bordered={!isPhone}
          layout={isPhone ? 'vertical' : 'horizontal'}
          size="middle"
          items={[
            { key: 'name', label: t('account.name'), children: me.name },
            { key: 'username', label: t('account.username'), children: me.id },
            { key: 'tenant', label: t('account.tenant'), children: me.tenant },
            { key: 'roles', label: t('account.roles'), children: me.roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>) },
            {
              key: 'regions',
              label: t('account.regions'),
              children: me.regions ? me.regions.map((id) => <Tag key={id}>{nameOf(id)}</Tag>) : t('account.allRegions'),
            },
            { key: 'timeZone', label: t('account.timeZone'), children: timeZone },
            { key: 'expires', label: t('account.sessionExpires'), children: f.dateTime(session.expiresAt) },
            { key: 'language', label: t('account.language'), children: <LanguageSwitch /> },
          ]}
        />
      </Card>
      <Card title={t('password.change')} style={{ marginTop: 16 }}>
        <ChangePasswordForm />
      </Card>
    </>
  );
}

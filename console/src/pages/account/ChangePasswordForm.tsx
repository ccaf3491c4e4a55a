import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordProblems } from '../../../../shared/contract/password-strength.ts';
import { ApiError, client, unwrap } from '../../api.ts';
import { useAuth, useSession } from '../../auth.tsx';
import { problemMessage } from '../../problem-message.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** The user's own password: the current one and a new one of the minimum strength (checked here and by the API). */
export function ChangePasswordForm({ onChanged }: { onChanged?(): void }) {
  const { t } = useTranslation();
  const { passwordChanged } = useAuth();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState(false);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const reply = await unwrap(client.POST('/v1/auth/password', { body: { currentPassword, newPassword } }));
      passwordChanged(reply.token, reply.expiresAt);
      form.resetFields();
      setDone(true);
      onChanged?.();
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit} aria-label={t('password.change')} style={{ maxWidth: 420 }}>
      {done && <Alert type="success" showIcon title={t('password.changed')} role="status" style={{ marginBottom: 16 }} />}
      {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('users.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields username={user.username} />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('password.change')}
      </Button>
    </Form>
  );
}

/** The new password twice, with the strength rule of the contract explained and checked as typed. */
export function NewPasswordFields({ username }: { username: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('password.rules')}</Typography.Paragraph>
      <Form.Item
        name="newPassword"
        label={t('password.next')}
        rules={[
          { required: true, message: t('users.required') },
          {
            validator: async (_, value: string | undefined) => {
              const problems = passwordProblems(value ?? '', username);
              if (value && problems.length) throw new Error(problems.map((p) => t(`password.problems.${p}`)).join('；'));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('password.repeat')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('users.required') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

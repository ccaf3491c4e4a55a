import { Alert, Button, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface SecretOnceTexts {
  title: string;
  /** That it is shown this once and must be copied now. */
  warning: string;
  label: string;
  copy: string;
  copied: string;
  /** The only button: "I have saved it". */
  saved: string;
}

/**
 * A secret the API returns once (a webhook's signing secret, an integrator key): the warning,
 * the secret with a copy button, and what it belongs to (`context`, above) and any note (`note`,
 * below, e.g. until when the replaced one works). A click outside does not close it.
 */
export function SecretOnceModal({ texts, secret, secretClassName, context, note, onClose }: { texts: SecretOnceTexts; secret: string; secretClassName?: string; context?: ReactNode; note?: ReactNode; onClose(): void }) {
  return (
    <Modal
      open
      title={texts.title}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {texts.saved}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={texts.warning} style={{ marginBottom: 12 }} />
      {context}
      <Typography.Text strong>{texts.label}</Typography.Text>
      <Typography.Paragraph className={secretClassName} copyable={{ text: secret, tooltips: [texts.copy, texts.copied] }}>
        <code>{secret}</code>
      </Typography.Paragraph>
      {note}
    </Modal>
  );
}

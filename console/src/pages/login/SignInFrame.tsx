import { Card } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { Logo } from '../../components/Logo.tsx';

/** The signed-out pages' frame (sign-in, a reset link): language switch, logo, title, the card. */
export function SignInFrame({ title, subtitle, children }: { title: string; subtitle: string; children: ReactNode }) {
  return (
    <main className="login-page" id="main">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <div className="login-brand">
          <Logo size={40} />
          <div>
            <h1 className="login-title">{title}</h1>
            <p className="login-subtitle">{subtitle}</p>
          </div>
        </div>
        {children}
      </Card>
    </main>
  );
}

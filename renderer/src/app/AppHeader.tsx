/** The header: app name, what is open, the file toolbar and the language switch. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** Props of AppHeader. */
export interface AppHeaderProps {
  /** The open strategy's name (none on the start screen). */
  title?: string;
  subtitle?: string;
  children?: ReactNode;
}

/** The app header (banner landmark). */
export function AppHeader({ title, subtitle, children }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header-title">
        <a className="app-name" href="#/">
          {t('common.appName')}
        </a>
        {title ? (
          <span className="app-header-doc">
            <span className="app-header-doc-name">{title}</span>
            {subtitle ? <span className="app-header-doc-sub">{subtitle}</span> : null}
          </span>
        ) : null}
      </div>
      <div className="app-header-tools">
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}

/**
 * The header: one row with the menu button (narrow windows), the app name, what is open,
 * and the commands. Without commands (start screen, loading) the language switch stands
 * here; an open strategy's toolbar carries it in its «Mer» menu instead.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** Props of AppHeader. */
export interface AppHeaderProps {
  /** The open strategy's name (none on the start screen). */
  title?: string;
  subtitle?: string;
  /** The navigation drawer's button (narrow windows). */
  navToggle?: ReactNode;
  children?: ReactNode;
}

/** The app header (banner landmark). */
export function AppHeader({ title, subtitle, navToggle, children }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      {navToggle}
      <div className="app-header-title">
        <a className="app-name" href="#/">
          {t('common.appName')}
        </a>
        {title ? (
          <span className="app-header-doc" title={subtitle ? `${title} · ${subtitle}` : title}>
            <span className="app-header-doc-name">{title}</span>
            {subtitle ? <span className="app-header-doc-sub">{subtitle}</span> : null}
          </span>
        ) : null}
      </div>
      <div className="app-header-tools">{children ?? <LanguageSwitch />}</div>
    </header>
  );
}

/**
 * The left navigation of an open strategy: Start plus every registered route. Wide windows
 * show the labels, middle ones only the icons (the label stays the link's name and its
 * tooltip), narrow ones fold it into a drawer behind the header's «Meny» button.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { strategyHref } from './hash-route';
import { navIcon, START_ICON } from './nav-icons';
import { WORKSPACE_ROUTES } from './routes';
import { DEFAULT_SECTION } from './sections';
import type { Disclosure } from './use-disclosure';

/** Props of WorkspaceNav. */
export interface WorkspaceNavProps {
  strategyId: string;
  section: string | null;
  /** Id of the nav, for the drawer button's aria-controls. */
  id?: string;
  /** The drawer on narrow windows. */
  drawer?: Disclosure;
  /** Labels shown on laptop widths too (else icons only there). */
  showLabels?: boolean;
  onShowLabelsChange?(showLabels: boolean): void;
}

/** The navigation landmark. */
export function WorkspaceNav({ strategyId, section, id, drawer, showLabels = false, onShowLabelsChange }: WorkspaceNavProps) {
  const { t } = useTranslation();
  const current = section ?? DEFAULT_SECTION;
  const startLabel = t('shell.nav.start');
  // The drawer just opened: focus its first link, so Tab goes on through the menu.
  const isDrawerOpen = drawer?.isOpen ?? false;
  const panelRef = drawer?.panelRef;
  useEffect(() => {
    if (isDrawerOpen) panelRef?.current?.querySelector('a')?.focus();
  }, [isDrawerOpen, panelRef]);
  return (
    <nav
      id={id}
      ref={(el) => {
        if (drawer) drawer.panelRef.current = el;
      }}
      className="app-nav"
      aria-label={t('shell.mainNav')}
      data-open={drawer?.isOpen ? '' : undefined}
      onKeyDown={drawer?.onKeyDown}
    >
      <ul>
        <li>
          <a href="#/" className="nav-link" title={startLabel}>
            <span className="nav-icon" aria-hidden="true">{START_ICON}</span>
            <span className="nav-label">{startLabel}</span>
          </a>
        </li>
        {WORKSPACE_ROUTES.map((route) => {
          const label = t(route.labelKey);
          return (
            <li key={route.path}>
              <a
                href={strategyHref(strategyId, route.path)}
                className="nav-link"
                title={label}
                aria-current={route.path === current ? 'page' : undefined}
              >
                <span className="nav-icon" aria-hidden="true">{navIcon(route.path, label)}</span>
                <span className="nav-label">{label}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {onShowLabelsChange ? (
        <button type="button" className="nav-labels-toggle" aria-pressed={showLabels} title={t('shell.navLabels')} onClick={() => onShowLabelsChange(!showLabels)}>
          <span className="nav-icon" aria-hidden="true">{showLabels ? '«' : '»'}</span>
          <span className="nav-label">{t('shell.navLabels')}</span>
        </button>
      ) : null}
    </nav>
  );
}

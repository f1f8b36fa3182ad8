/** The left navigation of an open strategy: Start plus every registered route. */
import { useTranslation } from 'react-i18next';
import { strategyHref } from './hash-route';
import { WORKSPACE_ROUTES } from './routes';
import { DEFAULT_SECTION } from './sections';

/** Props of WorkspaceNav. */
export interface WorkspaceNavProps {
  strategyId: string;
  section: string | null;
}

/** The navigation landmark. */
export function WorkspaceNav({ strategyId, section }: WorkspaceNavProps) {
  const { t } = useTranslation();
  const current = section ?? DEFAULT_SECTION;
  return (
    <nav className="app-nav" aria-label={t('shell.mainNav')}>
      <ul>
        <li>
          <a href="#/" className="nav-link">
            {t('shell.nav.start')}
          </a>
        </li>
        {WORKSPACE_ROUTES.map((route) => (
          <li key={route.path}>
            <a
              href={strategyHref(strategyId, route.path)}
              className="nav-link"
              aria-current={route.path === current ? 'page' : undefined}
            >
              {t(route.labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

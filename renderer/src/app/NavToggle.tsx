/** «Meny»: on a narrow window the navigation folds into a drawer behind this button. */
import type { Disclosure } from './use-disclosure';
import { useTranslation } from 'react-i18next';

/** Props of NavToggle. */
export interface NavToggleProps {
  disclosure: Disclosure;
  /** Id of the navigation it opens. */
  controls: string;
}

/** The menu button of the navigation drawer (shown only on narrow windows, see app.css). */
export function NavToggle({ disclosure, controls }: NavToggleProps) {
  const { t } = useTranslation();
  return (
    <button
      ref={disclosure.buttonRef}
      type="button"
      className="button nav-toggle"
      aria-expanded={disclosure.isOpen}
      aria-controls={controls}
      onClick={disclosure.toggle}
      onKeyDown={disclosure.onKeyDown}
    >
      <span aria-hidden="true">☰</span> {t('shell.menuButton')}
    </button>
  );
}

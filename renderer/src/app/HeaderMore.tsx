/**
 * «Mer»: the header's less used commands (open, save as, language). On a wide window they
 * stand in the header's one row; on a narrow one they fold behind this button (a
 * disclosure: Escape closes it and focus returns to the button).
 */
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisclosure } from './use-disclosure';

/** Props of HeaderMore. */
export interface HeaderMoreProps {
  children: ReactNode;
}

/** The header's «Mer» menu. */
export function HeaderMore({ children }: HeaderMoreProps) {
  const { t } = useTranslation();
  const id = useId();
  const more = useDisclosure();
  return (
    <div className="header-more" onKeyDown={more.onKeyDown}>
      <button
        ref={more.buttonRef}
        type="button"
        className="button header-more-button"
        aria-expanded={more.isOpen}
        aria-controls={id}
        title={t('shell.moreLabel')}
        onClick={more.toggle}
      >
        {t('shell.more')} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={id}
        ref={(el) => {
          more.panelRef.current = el;
        }}
        className="header-more-panel"
        data-open={more.isOpen ? '' : undefined}
      >
        {children}
      </div>
    </div>
  );
}

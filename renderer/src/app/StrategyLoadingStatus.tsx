/**
 * «Åpner strategien …» while a strategy opens (its workspace code, then its document), and
 * the menu commands given meanwhile, which run once it is open (held-menu-commands.ts).
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '@shared/ipc';
import { useHoldMenuCommands } from './held-menu-commands';

/** The menu's own name for a command. */
function commandLabel(t: TFunction, command: MenuCommand): string {
  switch (command) {
    case 'file:new':
      return t('desktop.menu.new');
    case 'file:open':
      return t('desktop.menu.open');
    case 'file:save':
      return t('desktop.menu.save');
    case 'file:save-as':
      return t('desktop.menu.saveAs');
    case 'file:export-excel':
      return t('desktop.menu.exportExcel');
    case 'edit:undo':
      return t('desktop.menu.undo');
    case 'edit:redo':
      return t('desktop.menu.redo');
    case 'view:present':
      return t('desktop.menu.present');
  }
}

/** Props of StrategyLoadingStatus. */
export interface StrategyLoadingStatusProps {
  strategyId: string;
}

/** The loading status of an opening strategy; holds the menu commands given until it is open. */
export function StrategyLoadingStatus({ strategyId }: StrategyLoadingStatusProps) {
  const { t } = useTranslation();
  const held = useHoldMenuCommands(strategyId);
  return (
    <p role="status">
      {t('shell.loadingStrategy')}
      {held.length > 0 ? ` ${t('shell.heldCommands', { commands: held.map((c) => commandLabel(t, c)).join(', ') })}` : null}
    </p>
  );
}

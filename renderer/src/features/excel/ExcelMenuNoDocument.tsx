/**
 * The menu command «Eksporter til Excel…» where no strategy is open (the start screen):
 * there is no plan to export, and the notice area says so.
 */
import { useTranslation } from 'react-i18next';
import { useAppContext } from '../../app/app-context';
import { useMenuCommand } from '../../app/use-menu-command';

/** Handles file:export-excel on the start screen. Renders nothing. */
export function ExcelMenuNoDocument() {
  const { t } = useTranslation();
  const { setNotice } = useAppContext();
  useMenuCommand((command) => {
    if (command === 'file:export-excel') setNotice({ kind: 'status', message: t('excel.export.noDocument') });
  });
  return null;
}

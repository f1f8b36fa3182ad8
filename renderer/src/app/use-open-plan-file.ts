/** The «Åpne fil …» action with its notices: shared by the start screen and the workspace. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getDesktopApi } from '../platform';
import { useAppContext } from './app-context';
import { navigate, strategyHref } from './hash-route';
import { handOverStoredDocument } from './opened-document';
import { openPlanFileFlow } from './plan-file-actions';
import { DEFAULT_SECTION } from './sections';
import { useConfirm } from '../ui/use-confirm';

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Returns `open(fileId)`: opens a granted plan file (null = pick one) and goes to its strategy. */
export function useOpenPlanFile(beforeWrite?: () => Promise<void>): (fileId: string | null) => Promise<void> {
  const { setNotice, bumpDocumentRevision } = useAppContext();
  const { t } = useTranslation();
  const askToConfirm = useConfirm();
  return useCallback(
    async (fileId: string | null) => {
      try {
        const outcome = await openPlanFileFlow({
          api: getDesktopApi(),
          fileId,
          beforeWrite,
          confirmReplace: (name, file) =>
            askToConfirm({ title: t('shell.replaceTitle'), body: t('shell.replaceConfirm', { name, file }), confirmLabel: t('shell.replaceButton'), isDanger: true }),
        });
        switch (outcome.kind) {
          case 'cancelled':
            return;
          case 'invalid':
            setNotice({ kind: 'file-errors', fileName: outcome.fileName, problems: outcome.problems });
            return;
          case 'platform-error':
            setNotice({ kind: 'error', message: t('shell.fileErrors.openFailed', { message: outcome.error.message }) });
            return;
          case 'opened':
            handOverStoredDocument(outcome.stored);
            bumpDocumentRevision();
            navigate(strategyHref(outcome.strategyId, DEFAULT_SECTION));
            setNotice({ kind: 'status', message: t('shell.status.opened', { name: outcome.fileName }) });
        }
      } catch (e) {
        setNotice({ kind: 'error', message: t('shell.fileErrors.storeFailed', { message: messageOf(e) }) });
      }
    },
    [setNotice, bumpDocumentRevision, beforeWrite, t, askToConfirm],
  );
}

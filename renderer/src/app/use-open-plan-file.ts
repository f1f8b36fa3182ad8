/** The «Åpne fil …» action with its notices: shared by the start screen and the workspace. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getDesktopApi } from '../platform';
import { useAppContext } from './app-context';
import { navigate, parseHash, strategyHref } from './hash-route';
import { handOverStoredDocument } from './opened-document';
import { openPlanFileFlow } from './plan-file-actions';
import { DEFAULT_SECTION, PLAN_SECTION } from './sections';
import { preloadWorkspaceScreen } from './workspace-loader';
import { storageErrorMessage } from '../state/storage-error';
import { useRenderMessage } from '../ui/messages';
import { useConfirm } from '../ui/use-confirm';

/** From this size (characters of the file) opening shows its stages in the notice area. */
const BIG_FILE_CHARS = 2_000_000;

function formatMegabytes(chars: number): string {
  return String(Math.max(1, Math.round(chars / 1_000_000)));
}

/**
 * Resolves after the next frame is painted (a message task after the frame's callbacks);
 * at the latest after 100 ms, as a hidden window paints no frames.
 */
function nextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}

/** Returns `open(fileId)`: opens a granted plan file (null = pick one) and goes to its strategy. */
export function useOpenPlanFile(beforeWrite?: () => Promise<void>): (fileId: string | null) => Promise<void> {
  const { setNotice, bumpDocumentRevision } = useAppContext();
  const { t } = useTranslation();
  const render = useRenderMessage();
  const askToConfirm = useConfirm();
  return useCallback(
    async (fileId: string | null) => {
      // While the user picks the file: the code of the workspace, of the screen it opens on
      // and of the plan's table, so none of it is waited for after the file is read.
      for (const section of [DEFAULT_SECTION, PLAN_SECTION]) preloadWorkspaceScreen(section);
      try {
        const outcome = await openPlanFileFlow({
          api: getDesktopApi(),
          fileId,
          beforeWrite,
          // The plan shows while a worker stores it; its save indicator says «Lagrer …» until then.
          storeInBackground: true,
          onProgress: async (progress) => {
            // Progress only for big files: a small one opens before a notice could be read.
            if (progress.bytes < BIG_FILE_CHARS) return;
            const size = formatMegabytes(progress.bytes);
            const key = progress.stage === 'validate' ? 'shell.status.openingValidate' : 'shell.status.openingStore';
            setNotice({ kind: 'status', message: t(key, { name: progress.fileName, size }) });
            // Let the notice paint before the long synchronous step.
            await nextPaint();
          },
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
            handOverStoredDocument({ ...outcome.stored, written: outcome.written, startWrite: outcome.startWrite });
            // A failed write: the open plan says so and keeps trying (its store is failing); a
            // user who has left it already hears it here.
            outcome.written?.catch((e: unknown) => {
              const here = parseHash(window.location.hash);
              if (here.kind === 'strategy' && here.strategyId === outcome.strategyId) return;
              setNotice({ kind: 'error', message: t('shell.fileErrors.storeFailed', { message: render(storageErrorMessage(e)) }) });
            });
            bumpDocumentRevision();
            navigate(strategyHref(outcome.strategyId, DEFAULT_SECTION));
            setNotice({ kind: 'status', message: t('shell.status.opened', { name: outcome.fileName }) });
        }
      } catch (e) {
        setNotice({ kind: 'error', message: t('shell.fileErrors.storeFailed', { message: render(storageErrorMessage(e)) }) });
      }
    },
    [setNotice, bumpDocumentRevision, beforeWrite, t, render, askToConfirm],
  );
}

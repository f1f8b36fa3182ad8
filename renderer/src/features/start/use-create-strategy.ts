/** Creates a strategy (from a template or the example) in Dexie and opens it. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import { useAppContext } from '../../app/app-context';
import { navigate, strategyHref } from '../../app/hash-route';
import { DEFAULT_SECTION } from '../../app/sections';
import { getStrictDb } from '../../db/database';
import { hasStrategy, saveDocument } from '../../db/repositories';
import { storageErrorMessage } from '../../state/storage-error';
import { useRenderMessage } from '../../ui/messages';

/** Returns `create(makeDoc, { keepExisting })` and whether a creation is running. */
export function useCreateStrategy(): {
  create: (makeDoc: () => PlanDocument | Promise<PlanDocument>, options?: { keepExisting?: boolean }) => Promise<void>;
  isBusy: boolean;
} {
  const { t } = useTranslation();
  const { setNotice } = useAppContext();
  const render = useRenderMessage();
  const [isBusy, setIsBusy] = useState(false);
  const create = useCallback(
    async (makeDoc: () => PlanDocument | Promise<PlanDocument>, options?: { keepExisting?: boolean }) => {
      setIsBusy(true);
      try {
        const doc = await makeDoc();
        // The example has a fixed id: opening it again continues the one already stored.
        if (!(options?.keepExisting && (await hasStrategy(doc.strategy.id)))) await saveDocument(doc, getStrictDb());
        navigate(strategyHref(doc.strategy.id, DEFAULT_SECTION));
      } catch (e) {
        setNotice({ kind: 'error', message: t('start.createFailed', { message: render(storageErrorMessage(e)) }) });
      } finally {
        setIsBusy(false);
      }
    },
    [render, setNotice, t],
  );
  return { create, isBusy };
}

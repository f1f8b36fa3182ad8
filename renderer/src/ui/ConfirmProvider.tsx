/** Hosts the one pending confirmation of `useConfirm()` (see use-confirm.ts). */
import { useCallback, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { ConfirmContext } from './use-confirm';
import type { Confirm, ConfirmRequest } from './use-confirm';

interface Pending {
  request: ConfirmRequest;
  resolve(isConfirmed: boolean): void;
}

/** Provides `useConfirm()` to its children and shows the dialog while a request waits. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const latest = useRef<Pending | null>(null);

  const askToConfirm = useCallback<Confirm>(
    (request) =>
      new Promise<boolean>((resolve) => {
        // A new question replaces an unanswered one, which counts as «no».
        latest.current?.resolve(false);
        const next = { request, resolve };
        latest.current = next;
        setPending(next);
      }),
    [],
  );

  const answer = (isConfirmed: boolean) => {
    const current = latest.current;
    latest.current = null;
    setPending(null);
    current?.resolve(isConfirmed);
  };

  return (
    <ConfirmContext.Provider value={askToConfirm}>
      {children}
      {pending ? (
        <ConfirmDialog
          title={pending.request.title}
          body={<p>{pending.request.body}</p>}
          confirmLabel={pending.request.confirmLabel}
          isDanger={pending.request.isDanger}
          onConfirm={() => answer(true)}
          onCancel={() => answer(false)}
        />
      ) : null}
    </ConfirmContext.Provider>
  );
}

/**
 * An edit that would take the plan's sum of all amounts over the document limit is refused
 * with `limits.documentKroner` and not applied, so the app never holds a plan whose totals
 * are inexact (or a plan the file reader would refuse).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import type { Action } from '@shared/domain/entities';
import { blankAction } from '@shared/domain/factories';
import { emptyFollowUp } from '@shared/domain/follow-up';
import { MAX_DOCUMENT_KRONER } from '@shared/domain/limits';
import { MAX_KRONER } from '@shared/money/limits';
import { useEdit } from '../../../renderer/src/ui/use-edit';
import { createI18n } from '../../../renderer/src/i18n';
import { DocumentProvider } from '../../../renderer/src/state/DocumentProvider';
import { useDocumentStore } from '../../../renderer/src/state/document-context';
import { createExampleDocument } from '@shared/templates';
import { freshDb } from '../helpers';

let nb: I18n;
beforeAll(async () => {
  nb = await createI18n('nb');
});

/** The example plan with extra tiltak at MAX_KRONER so that the plan sits exactly at the limit. */
function docAtLimit(): PlanDocument {
  const base = createExampleDocument();
  const plan = base.plans[0];
  if (!plan) throw new Error('no plan');
  const frame = { ...plan.frame, ownFunds: 0 };
  const stripped = base.actions.map((a) => ({ ...a, cost: 0, funding: [] }));
  const extra: Action[] = [];
  for (let i = 0; i < MAX_DOCUMENT_KRONER / MAX_KRONER; i += 1) {
    extra.push({ ...blankAction(`big${i}`, plan.id, `x${i}`), title: 'T', cost: MAX_KRONER });
  }
  // The example's forbruk counts towards the limit too: without it, the extra tiltak fill it exactly.
  return { ...base, plans: base.plans.map((p) => ({ ...p, frame, followUp: emptyFollowUp() })), actions: [...stripped, ...extra] };
}

describe('useEdit and the document limit', () => {
  it('refuses an edit that passes the limit, and applies one that stays at it', () => {
    const doc = docAtLimit();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={nb}>
        <DocumentProvider initialDoc={doc} db={freshDb()} autosaveDelayMs={60_000}>
          {children}
        </DocumentProvider>
      </I18nextProvider>
    );
    const { result } = rtl.renderHook(() => ({ run: useEdit(), store: useDocumentStore() }), { wrapper });
    const target = doc.actions[0]?.id;
    let refusal: string | null = null;
    rtl.act(() => {
      refusal = result.current.run('kostnad', (d) => ({ ...d, actions: d.actions.map((a) => (a.id === target ? { ...a, cost: 1 } : a)) }));
    });
    expect(refusal).toContain('Summen av alle beløp');
    expect(result.current.store.doc).toBe(doc);
    rtl.act(() => {
      refusal = result.current.run('kostnad', (d) => ({ ...d, actions: d.actions.map((a) => (a.id === 'big0' ? { ...a, cost: MAX_KRONER - 1 } : a)) }));
    });
    expect(refusal).toBeNull();
    expect(result.current.store.doc).not.toBe(doc);
  });
});

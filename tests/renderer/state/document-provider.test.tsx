// @vitest-environment node
/**
 * DocumentProvider with Testing Library. It needs a DOM: Vitest's jsdom environment is
 * set up here by hand, because the installed jsdom (31) only loads on Node ≥ 22 — on
 * older Node the whole file would fail to start. There the suite reports itself skipped
 * with the reason; the store's logic is also covered without a DOM in undo-history.test.ts
 * and autosaver.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import type { PlanDocument } from '../../../shared/domain';
import type { HandlingsromDb } from '../../../renderer/src/db/database';
import { freshDb, templateDoc } from '../helpers';
import type * as RtlModule from '@testing-library/react';
import type * as ProviderModule from '../../../renderer/src/state/DocumentProvider';
import type * as ContextModule from '../../../renderer/src/state/document-context';

const nodeMajor = Number(process.versions.node.split('.')[0]);
const hasDom = nodeMajor >= 22;
const reason = `jsdom 31 needs Node ≥ 22 (this is Node ${process.versions.node})`;

// Type-only imports: the modules themselves are loaded after the DOM exists.
type Rtl = typeof RtlModule;
type Provider = typeof ProviderModule;
type Context = typeof ContextModule;

let rtl: Rtl;
let providerModule: Provider;
let contextModule: Context;
let teardown: (() => void) | null = null;

describe.skipIf(!hasDom)(`DocumentProvider (Testing Library)${hasDom ? '' : ` — skipped: ${reason}`}`, () => {
  beforeAll(async () => {
    const { builtinEnvironments } = await import('vitest/runtime');
    const env = await builtinEnvironments.jsdom.setup(globalThis, { jsdom: {} });
    teardown = () => void env.teardown(globalThis);
    rtl = await import('@testing-library/react');
    providerModule = await import('../../../renderer/src/state/DocumentProvider');
    contextModule = await import('../../../renderer/src/state/document-context');
  });
  afterAll(() => {
    rtl?.cleanup();
    teardown?.();
  });

  const rename = (name: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, name } });

  function Probe({ onDoc }: { onDoc: (doc: PlanDocument) => void }) {
    const store = contextModule.useDocumentStore();
    onDoc(store.doc);
    return (
      <div>
        <p data-testid="name">{store.doc.strategy.name}</p>
        <p data-testid="undo-label">{store.undoLabel ?? ''}</p>
        <button type="button" onClick={() => store.apply(`Endring ${store.doc.strategy.name}`, rename(`${store.doc.strategy.name}+`))}>
          rediger
        </button>
        <button type="button" onClick={store.undo} disabled={!store.canUndo}>
          angre
        </button>
        <button type="button" onClick={store.redo} disabled={!store.canRedo}>
          gjør om
        </button>
      </div>
    );
  }

  async function setup(db: HandlingsromDb, doc: PlanDocument): Promise<{ latest: () => PlanDocument; ui: ReturnType<Rtl['render']> }> {
    const { saveDocument } = await import('../../../renderer/src/db/repositories');
    await saveDocument(doc, db);
    let latest = doc;
    const wrap = (children: ReactNode) => (
      <providerModule.DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={50}>
        {children}
      </providerModule.DocumentProvider>
    );
    const ui = rtl.render(wrap(<Probe onDoc={(d) => (latest = d)} />));
    return { latest: () => latest, ui };
  }

  it('20 edits then 20 undos give the original document', async () => {
    const db = freshDb();
    const doc = templateDoc();
    const { latest, ui } = await setup(db, doc);
    const edit = ui.getByRole('button', { name: 'rediger' });
    for (let i = 0; i < 20; i++) rtl.fireEvent.click(edit);
    expect(ui.getByTestId('name').textContent).toBe(`${doc.strategy.name}${'+'.repeat(20)}`);
    expect(ui.getByTestId('undo-label').textContent).toBe(`Endring ${doc.strategy.name}${'+'.repeat(19)}`);
    const undo = ui.getByRole('button', { name: 'angre' });
    for (let i = 0; i < 20; i++) rtl.fireEvent.click(undo);
    expect(latest()).toBe(doc);
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    ui.unmount();
    db.close();
  });

  it('autosaves edits to Dexie', async () => {
    const db = freshDb();
    const doc = templateDoc();
    const { ui } = await setup(db, doc);
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    await rtl.waitFor(async () => {
      expect((await db.strategies.get(doc.strategy.id))?.name).toBe(`${doc.strategy.name}+`);
    });
    ui.unmount();
    db.close();
  });

  it('Ctrl+Z and Ctrl+Shift+Z undo and redo outside text fields', async () => {
    const db = freshDb();
    const doc = templateDoc();
    const { latest, ui } = await setup(db, doc);
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    rtl.fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(latest()).toBe(doc);
    rtl.fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(latest().strategy.name).toBe(`${doc.strategy.name}+`);
    ui.unmount();
    db.close();
  });
});

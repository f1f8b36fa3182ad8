/**
 * «Lag rapport (.docx) …»: builds the report of the year and period and hands it to
 * DesktopApi.saveExport as a .docx (kind `docx`, a Word file's bytes, a file name from the
 * report's title and organisation); the outcome goes to the notice area; an unknown period
 * is refused in words and nothing is saved. Beside it, a link opens the report in the print route.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { DesktopApi, SaveExportPayload } from '@shared/ipc';
import { createExampleDocument } from '@shared/templates';
import { ReportButton } from '../../../../renderer/src/features/reports/ReportButton';
import { reportFileName } from '../../../../renderer/src/features/reports/report-files';
import { AppContext, type AppContextValue, type Notice } from '../../../../renderer/src/app/app-context';
import { DocumentContext } from '../../../../renderer/src/state/document-context';
import { createI18n } from '../../../../renderer/src/i18n';
import { fakeDocumentStore } from '../../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => {
  rtl.cleanup();
  delete window.desktop;
});

function renderButton(periodId: string) {
  const saved: SaveExportPayload[] = [];
  const notices: (Notice | null)[] = [];
  window.desktop = {
    saveExport: vi.fn(async (payload: SaveExportPayload) => {
      saved.push(payload);
      return { ok: true as const, value: { name: payload.suggestedName } };
    }),
  } as unknown as DesktopApi;
  const doc = createExampleDocument();
  const store = fakeDocumentStore(doc);
  const app = { setNotice: (n: Notice | null) => notices.push(n) } as unknown as AppContextValue;
  rtl.render(
    <I18nextProvider i18n={i18n}>
      <AppContext.Provider value={app}>
        <DocumentContext.Provider value={store}>
          <ReportButton year={2025} periodId={periodId} />
        </DocumentContext.Provider>
      </AppContext.Provider>
    </I18nextProvider>,
  );
  return { saved, notices };
}

describe('ReportButton', () => {
  it('saves the tertialrapport as a .docx through saveExport', async () => {
    const { saved, notices } = renderButton('T2');
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Lag rapport (.docx) …' }));
    await rtl.waitFor(() => expect(notices.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(saved).toHaveLength(1);
    const payload = saved[0]!;
    expect(payload.kind).toBe('docx');
    expect(payload.suggestedName).toMatch(/^Tertialrapport 2025 – 2\. tertial \(mai–august\) – Eksempelregionen \(oppdiktet\)\.docx$/);
    expect(String.fromCharCode(payload.bytes[0]!, payload.bytes[1]!)).toBe('PK');
    expect(notices[0]).toMatchObject({ kind: 'status' });
  });

  it('refuses an unknown period in words and saves nothing', async () => {
    const { saved, notices } = renderButton('T9');
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Lag rapport (.docx) …' }));
    await rtl.waitFor(() => expect(notices.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(saved).toHaveLength(0);
    expect(notices[0]).toMatchObject({ kind: 'error' });
    expect((notices[0] as { message: string }).message).toContain('T9');
  });

  it('links to the same report in the print route («Skriv ut / lagre som PDF»)', () => {
    renderButton('T2');
    const link = rtl.screen.getByRole('link', { name: 'Skriv ut / lagre som PDF' });
    expect(link.getAttribute('href')).toBe(`#/strategy/${createExampleDocument().strategy.id}/utskrift/2025/rapport/T2`);
  });

  it('makes a safe file name', () => {
    expect(reportFileName('Årsrapport 2025: T3/«x»', i18n.t)).toBe('Årsrapport 2025 T3 «x».docx');
    expect(reportFileName('  ', i18n.t)).toBe('Rapport.docx');
  });
});

/**
 * The kit's dialog pieces in jsdom (with the showModal stand-in of tests/renderer/setup.ts):
 * Dialog opens as a labelled <dialog>, Esc calls onClose without reaching the screen
 * behind, focus goes back to the opener; ConfirmDialog's buttons; useConfirm resolves
 * true / false; ErrorText renders nothing without text. The browser's real modal
 * behaviour is tests/e2e/dialog.spec.ts.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../renderer/src/i18n';
import { ConfirmDialog } from '../../../renderer/src/ui/ConfirmDialog';
import { ConfirmProvider } from '../../../renderer/src/ui/ConfirmProvider';
import { Dialog } from '../../../renderer/src/ui/Dialog';
import { ErrorText } from '../../../renderer/src/ui/ErrorText';
import { useConfirm } from '../../../renderer/src/ui/use-confirm';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

function Opener({ onBehindKey }: { onBehindKey(): void }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div onKeyDown={onBehindKey}>
      <button type="button" onClick={() => setIsOpen(true)}>
        Åpne
      </button>
      {isOpen ? (
        <Dialog title="Tittel" description={<p>Forklaring</p>} onClose={() => setIsOpen(false)} buttons={<button type="button">OK</button>}>
          <p>Innhold</p>
        </Dialog>
      ) : null}
    </div>
  );
}

describe('Dialog', () => {
  it('opens as a labelled, described modal <dialog> with focus on its first control', () => {
    const ui = rtl.render(<Opener onBehindKey={() => undefined} />);
    const opener = ui.getByRole('button', { name: 'Åpne' });
    opener.focus();
    rtl.fireEvent.click(opener);
    const dialog = ui.getByRole('dialog', { name: 'Tittel' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.getAttribute('aria-describedby')).toBe(ui.getByText('Forklaring').parentElement?.id);
    expect(document.activeElement).toBe(ui.getByRole('button', { name: 'OK' }));
  });

  it('Esc closes it, the screen behind does not see the key, and focus returns to the opener', () => {
    const onBehindKey = vi.fn();
    const ui = rtl.render(<Opener onBehindKey={onBehindKey} />);
    const opener = ui.getByRole('button', { name: 'Åpne' });
    opener.focus();
    rtl.fireEvent.click(opener);
    rtl.fireEvent.keyDown(ui.getByRole('button', { name: 'OK' }), { key: 'Escape' });
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(onBehindKey).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(opener);
  });

  it('a close request from the browser (cancel) asks the owner instead of closing by itself', () => {
    const onClose = vi.fn();
    const ui = rtl.render(<Dialog title="T" onClose={onClose} buttons={null} />);
    const cancel = new Event('cancel', { cancelable: true });
    ui.getByRole('dialog').dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('ConfirmDialog', () => {
  it('Avbryt cancels, the confirming button confirms, an error is an alert', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const ui = rtl.render(
      <I18nextProvider i18n={i18n}>
        <ConfirmDialog title="Slette?" body={<p>Det kan angres.</p>} confirmLabel="Slett" isDanger error="Nektet" onConfirm={onConfirm} onCancel={onCancel} />
      </I18nextProvider>,
    );
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Avbryt' }));
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Slett' }));
    expect([onCancel.mock.calls.length, onConfirm.mock.calls.length]).toEqual([1, 1]);
    expect(ui.getByRole('alert').textContent).toBe('Nektet');
  });
});

describe('useConfirm', () => {
  function Asker({ onAnswer }: { onAnswer(isConfirmed: boolean): void }) {
    const askToConfirm = useConfirm();
    return (
      <button type="button" onClick={() => void askToConfirm({ title: 'Erstatte?', body: 'Sikker?', confirmLabel: 'Erstatt' }).then(onAnswer)}>
        Spør
      </button>
    );
  }

  it.each([
    { button: 'Erstatt', answer: true },
    { button: 'Avbryt', answer: false },
  ])('resolves $answer on «$button» and closes the dialog', async ({ button, answer }) => {
    const onAnswer = vi.fn();
    const ui = rtl.render(
      <I18nextProvider i18n={i18n}>
        <ConfirmProvider>
          <Asker onAnswer={onAnswer} />
        </ConfirmProvider>
      </I18nextProvider>,
    );
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Spør' }));
    expect(ui.getByRole('dialog', { name: 'Erstatte?' }).textContent).toContain('Sikker?');
    rtl.fireEvent.click(ui.getByRole('button', { name: button }));
    await rtl.waitFor(() => expect(onAnswer).toHaveBeenCalledWith(answer));
    expect(ui.queryByRole('dialog')).toBeNull();
  });

  it('needs a ConfirmProvider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => rtl.render(<Asker onAnswer={() => undefined} />)).toThrow(/ConfirmProvider/);
  });
});

describe('ErrorText', () => {
  it.each([null, undefined, ''])('renders nothing for %s', (text) => {
    const ui = rtl.render(<ErrorText>{text}</ErrorText>);
    expect(ui.container.innerHTML).toBe('');
  });

  it('is a role=alert paragraph with the id a field names in aria-describedby (a span when inline)', () => {
    const ui = rtl.render(
      <>
        <input aria-describedby="f-err" aria-label="Felt" />
        <ErrorText id="f-err">Ugyldig</ErrorText>
        <ErrorText isInline className="x">
          Kort
        </ErrorText>
      </>,
    );
    const [p, span] = ui.getAllByRole('alert');
    expect([p?.tagName, p?.id, p?.className]).toEqual(['P', 'f-err', 'pl-error']);
    expect([span?.tagName, span?.className]).toEqual(['SPAN', 'x']);
    expect(ui.getByRole('textbox', { name: 'Felt', description: 'Ugyldig' })).toBeTruthy();
  });
});

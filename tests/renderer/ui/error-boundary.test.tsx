/**
 * A screen that throws shows what happened and the ways back — never a white page — and
 * the other screens still render (issue 10, point 5).
 */
import { isValidElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { msg, MessageError } from '@shared/i18n/message';
import { guardRoutes } from '../../../renderer/src/app/guard-routes';
import type { WorkspaceRoute } from '../../../renderer/src/app/routes';
import { WORKSPACE_ROUTES } from '../../../renderer/src/app/routes';
import { createI18n } from '../../../renderer/src/i18n';
import { ErrorBoundary } from '../../../renderer/src/ui/ErrorBoundary';

let nb: I18n;
let en: I18n;
beforeAll(async () => {
  nb = await createI18n('nb');
  en = await createI18n('en');
});

afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
});

function Boom({ error }: { error: unknown }): never {
  throw error;
}

function quiet(): void {
  // React and the boundary log the caught error; the test only wants the screen.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

describe('ErrorBoundary', () => {
  it('shows what happened and the ways back instead of the screen', () => {
    quiet();
    const ui = rtl.render(
      <I18nextProvider i18n={nb}>
        <ErrorBoundary screenLabelKey="shell.nav.handlingsplan">
          <Boom error={new RangeError('Maximum call stack size exceeded')} />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    const alert = ui.getByRole('alert');
    expect(rtl.within(alert).getByRole('heading', { name: 'Noe gikk galt på denne siden' })).toBeTruthy();
    expect(alert.textContent).toContain('«Handlingsplan»');
    expect(alert.textContent).toContain('RangeError: Maximum call stack size exceeded');
    expect(ui.getByRole('button', { name: 'Last inn på nytt' })).toBeTruthy();
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Tilbake til start' }));
    expect(window.location.hash).toBe('#/');
  });

  it('renders a MessageError in the chosen language, and English texts', () => {
    quiet();
    const ui = rtl.render(
      <I18nextProvider i18n={en}>
        <ErrorBoundary screenLabelKey="shell.nav.okonomi">
          <Boom error={new MessageError(msg('limits.documentKroner', { max: 9_000_000_000_000_000 }))} />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(ui.getByRole('heading', { name: 'Something went wrong on this page' })).toBeTruthy();
    expect(ui.getByRole('alert').textContent).toContain('The sum of all amounts in the plan');
    expect(ui.getByRole('button', { name: 'Back to start' })).toBeTruthy();
  });

  it('«Prøv igjen» renders the screen again', () => {
    quiet();
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('once');
      return <p>Skjermen</p>;
    }
    const ui = rtl.render(
      <I18nextProvider i18n={nb}>
        <ErrorBoundary screenLabelKey="shell.nav.scenarier">
          <Flaky />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(ui.queryByText('Skjermen')).toBeNull();
    fail = false;
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Prøv igjen' }));
    expect(ui.getByText('Skjermen')).toBeTruthy();
  });
});

describe('guarded routes', () => {
  const routes = guardRoutes([
    { path: 'a', labelKey: 'shell.nav.handlingsplan', render: () => <Boom error={new TypeError('x is undefined')} /> },
    { path: 'b', labelKey: 'shell.nav.okonomi', render: () => <p>Økonomi virker</p> },
  ] satisfies WorkspaceRoute[]);

  function Layout({ route }: { route: WorkspaceRoute }) {
    return (
      <I18nextProvider i18n={nb}>
        <nav>Meny</nav>
        <main>{route.render({ strategyId: 's1', params: [] })}</main>
      </I18nextProvider>
    );
  }

  it('keeps the menu when a screen crashes, and the next screen renders', () => {
    quiet();
    const [crashing, working] = routes;
    if (!crashing || !working) throw new Error('routes');
    const ui = rtl.render(<Layout route={crashing} />);
    expect(ui.getByText('Meny')).toBeTruthy();
    expect(ui.getByRole('alert').textContent).toContain('«Handlingsplan»');
    ui.rerender(<Layout route={working} />);
    expect(ui.queryByRole('alert')).toBeNull();
    expect(ui.getByText('Økonomi virker')).toBeTruthy();
  });

  it('wraps every registered screen', () => {
    for (const route of WORKSPACE_ROUTES) {
      const element = route.render({ strategyId: 's1', params: [] });
      expect(isValidElement(element) && element.type === ErrorBoundary).toBe(true);
    }
  });
});

/** Code loaded when first used: a component whose code is here renders without a fallback. */
import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { codeLoader, lazyComponent } from '../../../renderer/src/app/code-loader';

function Screen({ name }: { name: string }) {
  return <p>Skjerm {name}</p>;
}

describe('code loader', () => {
  it('starts the import once, and again after a failure', async () => {
    let calls = 0;
    let fail = true;
    const load = codeLoader(async () => {
      calls += 1;
      if (fail) throw new Error('borte');
      return 'kode';
    });
    const first = load();
    expect(load()).toBe(first);
    await expect(first).rejects.toThrow('borte');
    expect(first.status).toBe('rejected');
    fail = false;
    const second = load();
    expect(second).not.toBe(first);
    await expect(second).resolves.toBe('kode');
    expect(second.status).toBe('fulfilled');
    expect(load()).toBe(second);
    expect(calls).toBe(2);
  });

  it('renders loaded code in the same pass, with no fallback shown', async () => {
    const load = codeLoader(() => Promise.resolve(Screen));
    await load();
    const Lazy = lazyComponent(load);
    const fallbacks: string[] = [];
    const Fallback = () => {
      fallbacks.push('shown');
      return <p>Laster</p>;
    };
    render(
      <Suspense fallback={<Fallback />}>
        <Lazy name="plan" />
      </Suspense>,
    );
    expect(screen.getByText('Skjerm plan')).toBeTruthy();
    expect(fallbacks).toEqual([]);
  });

  it('waits in the Suspense fallback while the code is on its way', async () => {
    let arrive: (component: typeof Screen) => void = () => undefined;
    const load = codeLoader(() => new Promise<typeof Screen>((resolve) => (arrive = resolve)));
    const Lazy = lazyComponent(load);
    // (Rendered in an awaited act: React runs work that suspends on use() there.)
    await act(async () => {
      render(
        <Suspense fallback={<p>Laster</p>}>
          <Lazy name="økonomi" />
        </Suspense>,
      );
    });
    expect(screen.getByText('Laster')).toBeTruthy();
    await act(async () => {
      arrive(Screen);
      await load();
    });
    expect(await screen.findByText('Skjerm økonomi')).toBeTruthy();
  });
});

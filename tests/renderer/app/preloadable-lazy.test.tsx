/**
 * A lazy screen fetched ahead renders at once, without its Suspense fallback (React would
 * hold the content back until 300 ms after a fallback showed); one not fetched yet suspends
 * as React.lazy does, and a failed load can be tried again (issue 13, opening a plan file).
 */
import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from '../../../renderer/src/app/preloadable-lazy';

function Greeting({ name }: { name: string }) {
  return <p>Hei {name}</p>;
}

describe('preloadableLazy', () => {
  it('renders a preloaded component without showing the fallback', async () => {
    let loads = 0;
    const lazyGreeting = preloadableLazy(async () => {
      loads += 1;
      return Greeting;
    });
    await lazyGreeting.preload();
    await lazyGreeting.preload();
    expect(loads).toBe(1);
    const { Component } = lazyGreeting;
    render(
      <Suspense fallback={<p>Laster …</p>}>
        <Component name="Oslo" />
      </Suspense>,
    );
    // Synchronously, in the first commit: no fallback in between.
    expect(screen.getByText('Hei Oslo')).toBeTruthy();
    expect(screen.queryByText('Laster …')).toBeNull();
  });

  it('suspends while the code is not loaded, then shows the component', async () => {
    let resolve: (c: typeof Greeting) => void = () => undefined;
    const lazyGreeting = preloadableLazy(() => new Promise<typeof Greeting>((r) => (resolve = r)));
    const { Component } = lazyGreeting;
    render(
      <Suspense fallback={<p>Laster …</p>}>
        <Component name="Viken" />
      </Suspense>,
    );
    expect(screen.getByText('Laster …')).toBeTruthy();
    resolve(Greeting);
    expect(await screen.findByText('Hei Viken')).toBeTruthy();
  });

  it('loads again after a failed load', async () => {
    let attempt = 0;
    const lazyGreeting = preloadableLazy(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('nettverk');
      return Greeting;
    });
    await expect(lazyGreeting.preload()).rejects.toThrow('nettverk');
    await expect(lazyGreeting.preload()).resolves.toBe(Greeting);
    expect(attempt).toBe(2);
  });
});

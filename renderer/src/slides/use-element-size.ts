/** The size of an element, kept current with a ResizeObserver (0 × 0 where there is none, e.g. in tests). */
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Width and height in CSS pixels. */
export interface ElementSize {
  width: number;
  height: number;
}

/** Observes `ref`'s element. */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const rect = element.getBoundingClientRect();
      setSize((old) => (old.width === rect.width && old.height === rect.height ? old : { width: rect.width, height: rect.height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

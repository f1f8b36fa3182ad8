/**
 * A disclosure (a button that shows and hides a panel): the header's «Mer» menu and the
 * navigation drawer on narrow windows. Escape inside the panel closes it and puts focus
 * back on its button; a click or focus outside both closes it without moving focus.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';

/** What a disclosure hands its button and panel. */
export interface Disclosure {
  isOpen: boolean;
  setOpen(isOpen: boolean): void;
  toggle(): void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  panelRef: RefObject<HTMLElement | null>;
  /** On the panel (and the button): Escape closes and returns focus to the button. */
  onKeyDown(event: KeyboardEvent): void;
}

/** State and behaviour of one disclosure. */
export function useDisclosure(): Disclosure {
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const toggle = useCallback(() => setOpen((o) => !o), []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !isOpen) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    },
    [isOpen],
  );
  useEffect(() => {
    if (!isOpen) return;
    const outside = (e: Event) => {
      const target = e.target;
      if (!(target instanceof Node)) return;
      if (panelRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [isOpen]);
  return { isOpen, setOpen, toggle, buttonRef, panelRef, onKeyDown };
}

/**
 * The divider between the tiltak table and the detail panel: drag it, or focus it and use
 * the arrow keys, to give the panel more or less room. The width is remembered on this
 * machine. Shown only where the two stand side by side (see plan.css).
 */
import { useCallback, useEffect, useState } from 'react';
import type { CSSProperties, KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

const STORAGE_KEY = 'handlingsrom.plan.panelWidth';
/** Narrowest and widest panel in pixels. */
export const MIN_PANEL_WIDTH = 280;
export const MAX_PANEL_WIDTH = 720;
const DEFAULT_PANEL_WIDTH = 400;
const KEY_STEP = 24;

function clamp(px: number): number {
  return Math.round(Math.min(MAX_PANEL_WIDTH, Math.max(MIN_PANEL_WIDTH, px)));
}

function readWidth(): number {
  try {
    const stored = Number(localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(stored) && stored > 0 ? clamp(stored) : DEFAULT_PANEL_WIDTH;
  } catch {
    return DEFAULT_PANEL_WIDTH;
  }
}

/** The panel's width and the style that gives it to the workspace grid. */
export function usePanelWidth() {
  const [width, setWidthState] = useState(readWidth);
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, String(width));
    } catch {
      // Blocked storage only loses the preference.
    }
  }, [width]);
  const setWidth = useCallback((px: number) => setWidthState(clamp(px)), []);
  const style = { '--pl-panel-width': `${width}px` } satisfies Record<string, string> as CSSProperties;
  return { width, setWidth, style };
}

/** Props of PanelResizer. */
export interface PanelResizerProps {
  width: number;
  onWidthChange(px: number): void;
}

/** The divider (a focusable separator). */
export function PanelResizer({ width, onWidthChange }: PanelResizerProps) {
  const { t } = useTranslation();
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const handle = e.currentTarget;
    const startX = e.clientX;
    const startWidth = width;
    handle.setPointerCapture(e.pointerId);
    // The panel is on the right: dragging left widens it.
    const move = (ev: globalThis.PointerEvent) => onWidthChange(startWidth - (ev.clientX - startX));
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = e.key === 'ArrowLeft' ? KEY_STEP : e.key === 'ArrowRight' ? -KEY_STEP : 0;
    if (delta === 0) return;
    e.preventDefault();
    onWidthChange(width + delta);
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('plan.detail.resize')}
      aria-valuemin={MIN_PANEL_WIDTH}
      aria-valuemax={MAX_PANEL_WIDTH}
      aria-valuenow={width}
      tabIndex={0}
      className="pl-panel-resizer"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}

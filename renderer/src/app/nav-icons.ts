/**
 * The glyph each part of the plan shows in the collapsed (icon-only) navigation. Decorative:
 * the link's name is always its text. A route without an entry shows its first letter.
 */
import {
  ECONOMY_SECTION,
  EDITOR_SECTION,
  FIVE_FACTOR_SECTION,
  HISTORY_SECTION,
  MULTI_YEAR_SECTION,
  PLAN_SECTION,
  PRESENTATION_SECTION,
  PRINT_SECTION,
  SCENARIOS_SECTION,
  SETTINGS_SECTION,
  STRATEGY_SECTION,
} from './sections';

const ICONS: Readonly<Record<string, string>> = {
  [STRATEGY_SECTION]: '◎',
  [EDITOR_SECTION]: '✎',
  [PLAN_SECTION]: '☰',
  [ECONOMY_SECTION]: '¤',
  [SCENARIOS_SECTION]: '⇄',
  [MULTI_YEAR_SECTION]: '▤',
  [FIVE_FACTOR_SECTION]: '✦',
  [PRESENTATION_SECTION]: '▶',
  [PRINT_SECTION]: '◫',
  [HISTORY_SECTION]: '↺',
  [SETTINGS_SECTION]: '⚙',
};

/** The start screen's glyph. */
export const START_ICON = '⌂';

/** The glyph of the route at `path`, or the first letter of its label. */
export function navIcon(path: string, label: string): string {
  return ICONS[path] ?? label.slice(0, 1).toUpperCase();
}

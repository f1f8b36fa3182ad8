/**
 * The route paths (URL segments) of an open strategy, in one place: the route registry,
 * the navigation, the toolbar and every feature that links to another screen take them
 * from here, never as string literals. URLs: `#/strategy/<strategyId>/<section>/<params…>`.
 */

/** Føringer (read view); the section a strategy opens on. */
export const STRATEGY_SECTION = 'foringer';
/** The føringer editor; `…/<path>/<entity id>` opens it at that entity. */
export const EDITOR_SECTION = 'rediger-foringer';
/** Handlingsplan per year: `handlingsplan/<year>/<tiltak id?>`. */
export const PLAN_SECTION = 'handlingsplan';
/** Økonomi per year: `okonomi/<year>`. */
export const ECONOMY_SECTION = 'okonomi';
/** Oppfølging per year and reporting period: `oppfolging/<year>/<period id>/<tiltak id?>`. */
export const FOLLOW_UP_SECTION = 'oppfolging';
/** Scenarier per year: `scenarier/<year>/…`. */
export const SCENARIOS_SECTION = 'scenarier';
/** 5-faktormodellen per year: `5-faktor/<year>`. */
export const FIVE_FACTOR_SECTION = '5-faktor';
/** Flerårsoversikt over the strategy period. */
export const MULTI_YEAR_SECTION = 'flerar';
/** The board presentation (the shell's F5 / Vis → Presenter goes here). */
export const PRESENTATION_SECTION = 'presentasjon';
/** The printable documents: `utskrift/<year>` (the plan), `utskrift/<year>/lysbilder` (the slides) and `utskrift/<year>/rapport/<period id>` (the report). */
export const PRINT_SECTION = 'utskrift';

/** Innstillinger (language, backups). */
export const SETTINGS_SECTION = 'innstillinger';
/** Versjonshistorikk (backups of the strategy: compare, restore). */
export const HISTORY_SECTION = 'versjoner';

/** Second URL segment of the print section that selects the slides instead of the plan document. */
export const PRINT_SLIDES_PARAM = 'lysbilder';
/** Second URL segment of the print section for the tertialrapport / årsrapport: `utskrift/<year>/rapport/<period id>`. */
export const PRINT_REPORT_PARAM = 'rapport';

/** The section a strategy opens on. */
export const DEFAULT_SECTION = STRATEGY_SECTION;

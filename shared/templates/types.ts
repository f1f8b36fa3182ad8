/**
 * What the start screen shows about a built-in template (mal), and the shape every
 * template module exports.
 */

/** Id of a built-in template. */
export type TemplateId = 'osloregionen-2025-2028' | 'ostfold-2024-2027';

/** Kort beskrivelse på bokmål og engelsk. */
export interface LocalizedText {
  nb: string;
  en: string;
}

/** Mal: a built-in strategy the user can start from. */
export interface TemplateInfo {
  /** Stable id, stored as `Strategy.templateId` in documents made from it. */
  id: TemplateId;
  /** Navn på føringene, as the source document names them. */
  name: string;
  /** Organisasjon. */
  organisation: string;
  /** Periode fra år. */
  periodFrom: number;
  /** Periode til år (inclusive). */
  periodTo: number;
  /** Short description for the start screen. */
  description: LocalizedText;
  /** The source document the template was transcribed from. */
  source: LocalizedText;
  /**
   * The strategy says its partnership shall represent all five categories of the
   * 5-faktormodellen (Østfold: «skal representere alle deler av 5-faktormodellen»).
   */
  countsOnFiveFactors?: boolean;
}

/**
 * Chart colours: mid-tone hues that keep 3:1 contrast against both the light and the
 * dark surface, and a pattern of meaning (egne midler blue, partner green, eksterne
 * purple, udekket / overrun red, margin grey) used the same way in every chart.
 */

/** Colours by meaning. */
export const CHART_COLORS = {
  own: '#2f6db5',
  partner: '#3f8a4a',
  external: '#7a5fb3',
  uncovered: '#c0392b',
  frame: '#8a8f98',
  hours: '#b26a00',
  confirmed: '#2f6db5',
  applied: '#b26a00',
  planned: '#8a8f98',
} as const;

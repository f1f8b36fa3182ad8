/** Limits on amounts, in a module of their own so that both money and input can use them. */

/** Largest amount the app accepts on one field: 100 milliarder kroner (beløpsgrense). */
export const MAX_KRONER = 100_000_000_000;

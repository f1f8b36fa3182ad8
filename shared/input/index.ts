/**
 * Inndata: one nb-NO/English module for reading and writing numbers, kroner, percent, hours
 * and dates (see parse.ts and format.ts for the rules).
 */
export * from './parse';
export * from './format';
export { readNumberText, SEPARATORS, type NumberTextResult } from './number-text';
export * from './clipboard';

/**
 * Numbers, kroner, percent, hours and dates in the language the user chose, from the one
 * formatting module in shared/input — so a table, a chart, a slide and a finding show an
 * amount the same way («1 234 567 kr» / «NOK 1,234,567»). Typed text is read with the same
 * language's separators (`useLanguage()` → `parseKroner(text, { language })`).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageLanguage } from '@shared/i18n/message';
import { formatDate, formatHours, formatKroner, formatNumber, formatPercent, formatPercentNumber } from '@shared/input';

/** The catalogue language for an i18next language code. */
export function languageOf(code: string | undefined): MessageLanguage {
  return code === 'en' || code?.startsWith('en-') ? 'en' : 'nb';
}

/** The language the user chose. */
export function useLanguage(): MessageLanguage {
  const { i18n } = useTranslation();
  return languageOf(i18n.language);
}

/** Formatters bound to one language. */
export interface Formatters {
  language: MessageLanguage;
  /** «1 234 567 kr» / «NOK 1,234,567». */
  kroner(value: number): string;
  /** «1 234,5» / «1,234.5». */
  number(value: number): string;
  /** «12,5 %» / «12.5%» (value in percent units). */
  percent(value: number): string;
  /** «12,5» / «12.5»: a percent's number, for texts that write the «%» themselves. */
  percentNumber(value: number): string;
  /** «1 200» / «1,200» (whole hours; the unit is in the text around it). */
  hours(value: number): string;
  /** «31.03.2026» / «2026-03-31». */
  date(iso: string): string;
}

/** The formatters for a language (outside React). */
export function formattersFor(language: MessageLanguage): Formatters {
  return {
    language,
    kroner: (v) => formatKroner(v, language),
    number: (v) => formatNumber(v, language),
    percent: (v) => formatPercent(v, language),
    percentNumber: (v) => formatPercentNumber(v, language),
    hours: (v) => formatHours(v, language),
    date: (d) => formatDate(d, language),
  };
}

const BY_LANGUAGE: Record<MessageLanguage, Formatters> = { nb: formattersFor('nb'), en: formattersFor('en') };

/** The formatters of a language (the same object every time). */
export function formattersOf(language: MessageLanguage): Formatters {
  return BY_LANGUAGE[language];
}

/** The formatters in the language the user chose (stable per language). */
export function useFormat(): Formatters {
  const language = useLanguage();
  return useMemo(() => BY_LANGUAGE[language], [language]);
}

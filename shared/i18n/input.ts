/**
 * Why a typed value was refused (shared/input): kroner, numbers, percent, hours, dates.
 * Each text names the reason and shows the form that works.
 */
import type { CatalogueModule } from './index';

/** Meldinger for inndata som ikke kan leses (beløp, tall, prosent, timer, datoer). */
export const input: CatalogueModule = {
  nb: {
    format: {
      grouping: '«{{text}}» har tusenskille på feil sted. Skriv sifrene i grupper på tre, for eksempel 1 234 567.',
      decimalComma: '«{{text}}»: bruk komma som desimaltegn, for eksempel {{suggestion}}. Punktum skiller tusener.',
      decimalPoint: '«{{text}}»: bruk punktum som desimaltegn, for eksempel {{suggestion}}. Komma skiller tusener.',
    },
    kroner: {
      empty: 'Skriv inn et beløp i hele kroner.',
      notNumber: '«{{text}}» er ikke et beløp. Skriv hele kroner, for eksempel 1 500 000.',
      negative: 'Beløpet kan ikke være negativt («{{text}}»).',
      notWhole: '«{{text}}» har øre. Beløp skrives i hele kroner.',
      tooLarge: '«{{text}}» er over grensen på {{max, number}} kr.',
    },
    number: {
      empty: 'Skriv inn et tall.',
      notNumber: '«{{text}}» er ikke et tall. Skriv for eksempel 1 500 eller 2,5.',
      tooSmall: '«{{text}}» er mindre enn {{min, number}}.',
      tooLarge: '«{{text}}» er større enn {{max, number}}.',
    },
    percent: {
      empty: 'Skriv inn en prosent mellom 0 og 100.',
      notNumber: '«{{text}}» er ikke en prosent. Skriv for eksempel 12,5.',
      negative: 'En prosent kan ikke være negativ («{{text}}»).',
      tooSmall: '«{{text}}» er under {{min, number}} %.',
      tooLarge: '«{{text}}» er over {{max, number}} %.',
    },
    hours: {
      empty: 'Skriv inn et antall timer.',
      notNumber: '«{{text}}» er ikke et antall timer. Skriv for eksempel 1 200.',
      negative: 'Negative timer er ikke tillatt («{{text}}»).',
      notWhole: '«{{text}}» er ikke hele timer. Timer skrives som hele tall.',
      tooLarge: '«{{text}}» er over grensen på {{max, number}} timer.',
    },
    date: {
      empty: 'Skriv inn en dato.',
      format: '«{{text}}» er ikke en dato. Skriv dd.mm.åååå, for eksempel 31.03.2026.',
      invalid: '«{{text}}» finnes ikke i kalenderen.',
      outOfRange: '«{{text}}» er utenfor årene {{min}}–{{max}}.',
    },
    clipboard: {
      empty: 'Utklippstavlen er tom. Kopier cellene i Excel først.',
      tooLarge: 'Det er for mange celler å lime inn på én gang (over {{max, number}}). Lim inn i mindre deler.',
    },
  },
  en: {
    format: {
      grouping: '“{{text}}” has a thousands separator in the wrong place. Write the digits in groups of three, for example 1,234,567.',
      decimalComma: '“{{text}}”: use a decimal comma, for example {{suggestion}}. A full stop separates thousands.',
      decimalPoint: '“{{text}}”: use a decimal point, for example {{suggestion}}. Commas separate thousands.',
    },
    kroner: {
      empty: 'Enter an amount in whole kroner.',
      notNumber: '“{{text}}” is not an amount. Write whole kroner, for example 1,500,000.',
      negative: 'The amount cannot be negative (“{{text}}”).',
      notWhole: '“{{text}}” has øre. Amounts are whole kroner.',
      tooLarge: '“{{text}}” is over the limit of NOK {{max, number}}.',
    },
    number: {
      empty: 'Enter a number.',
      notNumber: '“{{text}}” is not a number. Write, for example, 1,500 or 2.5.',
      tooSmall: '“{{text}}” is less than {{min, number}}.',
      tooLarge: '“{{text}}” is greater than {{max, number}}.',
    },
    percent: {
      empty: 'Enter a percentage between 0 and 100.',
      notNumber: '“{{text}}” is not a percentage. Write, for example, 12.5.',
      negative: 'A percentage cannot be negative (“{{text}}”).',
      tooSmall: '“{{text}}” is below {{min, number}}%.',
      tooLarge: '“{{text}}” is over {{max, number}}%.',
    },
    hours: {
      empty: 'Enter a number of hours.',
      notNumber: '“{{text}}” is not a number of hours. Write, for example, 1,200.',
      negative: 'Negative hours are not allowed (“{{text}}”).',
      notWhole: '“{{text}}” is not whole hours. Hours are whole numbers.',
      tooLarge: '“{{text}}” is over the limit of {{max, number}} hours.',
    },
    date: {
      empty: 'Enter a date.',
      format: '“{{text}}” is not a date. Write yyyy-mm-dd or dd.mm.yyyy, for example 2026-03-31.',
      invalid: '“{{text}}” is not a day in the calendar.',
      outOfRange: '“{{text}}” is outside the years {{min}}–{{max}}.',
    },
    clipboard: {
      empty: 'The clipboard is empty. Copy the cells in Excel first.',
      tooLarge: 'Too many cells to paste at once (over {{max, number}}). Paste in smaller parts.',
    },
  },
};

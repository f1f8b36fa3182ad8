/** How a message says where it points (plassering): workbook cells, plan-file spots, fields. */
import type { CatalogueModule } from './index';

export const messageTexts: CatalogueModule = {
  nb: {
    where: {
      sheet: 'arket {{sheet}}',
      row: 'rad {{row}}',
      column: 'kolonne {{column}}',
      line: 'linje {{line}}',
      lineCol: 'linje {{line}}, tegn {{col}}',
      path: 'i {{path}}',
      field: 'feltet «{{field}}»',
    },
  },
  en: {
    where: {
      sheet: 'sheet {{sheet}}',
      row: 'row {{row}}',
      column: 'column {{column}}',
      line: 'line {{line}}',
      lineCol: 'line {{line}}, character {{col}}',
      path: 'at {{path}}',
      field: 'field «{{field}}»',
    },
  },
};

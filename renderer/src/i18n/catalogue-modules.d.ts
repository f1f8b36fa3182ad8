/** The per-language catalogue modules made by scripts/i18n-catalogue-plugin.ts. */
declare module 'virtual:handlingsrom-catalogue/*' {
  import type { Catalogue } from '@shared/i18n';

  const catalogue: Catalogue;
  export default catalogue;
}

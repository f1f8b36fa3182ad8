/**
 * The name of a kontroll group on every screen (table, Økonomi, Scenarier, slides, print):
 * an innsatsområde's own name, or the UI language's «Tverrgående prosjekter» / «Uten kobling».
 */
import type { TFunction } from 'i18next';
import type { GroupKind } from '@shared/rules';

/** Gruppenavn for a group of `byFocusArea` (or anything with its `kind` and `name`). */
export function groupLabel(t: TFunction, group: { kind: GroupKind; name: string }): string {
  if (group.kind === 'projects') return t('plan.table.groupProjects');
  if (group.kind === 'unlinked') return t('plan.table.groupUnlinked');
  return group.name;
}

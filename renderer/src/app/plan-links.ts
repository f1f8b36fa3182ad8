/**
 * Links into the plan screen's tiltak table that other screens build (a feature never
 * imports another): the group row of an innsatsområde or a satsing, by the same key the
 * table gives that row (features/plan/table-model.ts), so a finding about an area with no
 * tiltak leads to the place where one is added.
 */

/** The table's row key of an innsatsområde's or a satsing's group: the plan route's target parameter. */
export function planGroupTarget(kind: 'focusArea' | 'initiative', id: string): string {
  return kind === 'focusArea' ? `fa:${id}` : `ini:${id}`;
}

/** Helpers for renderer tests: a fresh database per test and small documents. */
import type { PlanDocument } from '@shared/domain';
import { createFromTemplate, generateLargeDocument } from '@shared/templates';
import { HandlingsromDb } from '../../renderer/src/db/database';

let counter = 0;

/** A new, empty database with a unique name (no test sees another's rows). */
export function freshDb(): HandlingsromDb {
  counter += 1;
  return new HandlingsromDb(`test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** The Østfold template as a document. */
export function templateDoc(): PlanDocument {
  return createFromTemplate('ostfold-2024-2027');
}

export { generateLargeDocument };

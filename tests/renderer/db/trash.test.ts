// @vitest-environment node
// Papirkurv: delete keeps the strategy for 30 days; restore brings it back whole.
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlingsromDb } from '../../../renderer/src/db/database';
import { listStrategies, loadDocument, saveDocument } from '../../../renderer/src/db/repositories';
import { listTrash, moveToTrash, purgeTrash, restoreFromTrash, TrashDb } from '../../../renderer/src/db/trash';
import { freshDb, templateDoc } from '../helpers';

let db: HandlingsromDb;
let trash: TrashDb;
afterEach(() => {
  db?.close();
  trash?.close();
});

const NOW = new Date('2026-11-30T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

describe('papirkurv', () => {
  it('moves a deleted strategy to the bin and restores it unchanged', async () => {
    db = freshDb();
    trash = new TrashDb(`trash-${Math.random().toString(36).slice(2)}`);
    const doc = templateDoc();
    await saveDocument(doc, db);
    await moveToTrash(doc.strategy.id, db, trash, NOW);
    expect(await listStrategies(db)).toEqual([]);
    const listed = await listTrash(trash, NOW);
    expect(listed.map((r) => [r.strategyId, r.name, r.deletedAt])).toEqual([[doc.strategy.id, doc.strategy.name, NOW.toISOString()]]);
    expect(await restoreFromTrash(doc.strategy.id, db, trash)).toBe('restored');
    expect(await loadDocument(doc.strategy.id, db)).toEqual(doc);
    expect(await listTrash(trash, NOW)).toEqual([]);
    expect(await restoreFromTrash(doc.strategy.id, db, trash)).toBe('missing');
  });

  it('refuses to restore over a strategy with the same id', async () => {
    db = freshDb();
    trash = new TrashDb(`trash-${Math.random().toString(36).slice(2)}`);
    const doc = templateDoc();
    await saveDocument(doc, db);
    await moveToTrash(doc.strategy.id, db, trash, NOW);
    await saveDocument(doc, db);
    expect(await restoreFromTrash(doc.strategy.id, db, trash)).toBe('exists');
    expect(await listTrash(trash, NOW)).toHaveLength(1);
  });

  it('purges what was deleted more than 30 days ago', async () => {
    db = freshDb();
    trash = new TrashDb(`trash-${Math.random().toString(36).slice(2)}`);
    const doc = templateDoc();
    await saveDocument(doc, db);
    await moveToTrash(doc.strategy.id, db, trash, new Date(NOW.getTime() - 31 * DAY));
    expect(await listTrash(trash, new Date(NOW.getTime() - 2 * DAY))).toHaveLength(1);
    expect(await listTrash(trash, NOW)).toEqual([]);
    expect(await trash.deleted.count()).toBe(1);
    expect(await purgeTrash(trash, NOW)).toBe(1);
    expect(await trash.deleted.count()).toBe(0);
  });
});

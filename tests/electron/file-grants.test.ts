import { describe, expect, it } from 'vitest';
import { fileIdSchema } from '@shared/ipc/settings';
import type { RecentFile } from '@shared/ipc/settings';
import { createFileGrants, newFileId } from '../../electron/main/file-grants';

describe('file grants', () => {
  it('issues random, URL-safe ids that are never the path', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newFileId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(fileIdSchema.safeParse(id).success).toBe(true);
    const grants = createFileGrants(() => []);
    const id = grants.grant('/home/kari/plan.handlingsrom', 'dialog');
    expect(id).not.toContain('plan');
    expect(grants.resolve(id)).toBe('/home/kari/plan.handlingsrom');
  });

  it('resolves nothing for an id that was never granted, nor for a path given as an id', () => {
    const grants = createFileGrants(() => []);
    grants.grant('/home/kari/plan.handlingsrom', 'os');
    expect(grants.resolve('neverGrantedId000001')).toBeNull();
    expect(grants.resolve('/home/kari/plan.handlingsrom')).toBeNull();
    expect(grants.resolve('/home/kari/.bashrc')).toBeNull();
  });

  it('gives one path one id, whether it came from a dialog or the operating system', () => {
    const grants = createFileGrants(() => []);
    const fromDialog = grants.grant('/a/plan.handlingsrom', 'dialog');
    expect(grants.grant('/a/plan.handlingsrom', 'os')).toBe(fromDialog);
    expect(grants.grant('/b/plan.handlingsrom', 'os')).not.toBe(fromDialog);
  });

  it('grants the files on the recent list by their stored ids (also after a restart), and only while they are on it', () => {
    let recent: RecentFile[] = [{ fileId: 'storedRecentId000001', path: '/a/i-går.handlingsrom', name: 'i-går.handlingsrom', openedAt: '2026-01-01' }];
    const grants = createFileGrants(() => recent);
    expect(grants.resolve('storedRecentId000001')).toBe('/a/i-går.handlingsrom');
    // Chosen again in a dialog: the same id as on the list.
    expect(grants.grant('/a/i-går.handlingsrom', 'dialog')).toBe('storedRecentId000001');

    const other = createFileGrants(() => recent);
    recent = [];
    expect(other.resolve('storedRecentId000001')).toBeNull();
  });

  it('ignores recent entries without a path (the renderer’s view) and a failing settings read', () => {
    const noPath = createFileGrants(() => [{ fileId: 'viewOnlyFileId000001', name: 'x.handlingsrom', openedAt: '' }]);
    expect(noPath.resolve('viewOnlyFileId000001')).toBeNull();
    const broken = createFileGrants(() => {
      throw new Error('settings unreadable');
    });
    expect(broken.resolve('anyFileId00000000001')).toBeNull();
    expect(broken.resolve(broken.grant('/x/p.handlingsrom', 'os'))).toBe('/x/p.handlingsrom');
  });

  it('never hands out an id the registry already uses for another file', () => {
    const ids = ['sameIdEveryTime00001', 'sameIdEveryTime00001', 'secondFreshId0000002'];
    const grants = createFileGrants(() => [], () => ids.shift() ?? 'unexpectedFallback01');
    const first = grants.grant('/a.handlingsrom', 'dialog');
    const second = grants.grant('/b.handlingsrom', 'dialog');
    expect(first).not.toBe(second);
    expect(grants.resolve(first)).toBe('/a.handlingsrom');
    expect(grants.resolve(second)).toBe('/b.handlingsrom');
  });
});

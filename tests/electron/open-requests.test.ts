import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenRequestQueue, planFilesFromArgv } from '../../electron/main/open-requests';

describe('planFilesFromArgv', () => {
  it('finds plan files on a packaged command line and resolves them', () => {
    expect(planFilesFromArgv(['plan.handlingsrom', '/abs/Other.HANDLINGSROM'], '/home/kari')).toEqual([
      path.resolve('/home/kari', 'plan.handlingsrom'),
      '/abs/Other.HANDLINGSROM',
    ]);
  });

  it('ignores switches, the app path in dev and other files', () => {
    expect(
      planFilesFromArgv(
        ['--allow-file-access-from-files', '--original-process-start-time=123', '.', '/repo/dist/electron/main.cjs', 'notes.txt', '--x=a.handlingsrom'],
        '/home/kari',
      ),
    ).toEqual([]);
  });

  it('deduplicates and handles Windows paths', () => {
    expect(
      planFilesFromArgv(['C:\\Users\\kari\\plan.handlingsrom', 'C:\\Users\\kari\\plan.handlingsrom', 'rel.handlingsrom'], 'D:\\work', path.win32),
    ).toEqual(['C:\\Users\\kari\\plan.handlingsrom', 'D:\\work\\rel.handlingsrom']);
  });
});

describe('OpenRequestQueue', () => {
  it('holds paths until a receiver is set, then delivers in order', () => {
    const queue = new OpenRequestQueue();
    const got: string[] = [];
    queue.push('/a.handlingsrom');
    queue.push('/b.handlingsrom');
    expect(queue.pending).toEqual(['/a.handlingsrom', '/b.handlingsrom']);
    queue.setReceiver((p) => got.push(p));
    expect(got).toEqual(['/a.handlingsrom', '/b.handlingsrom']);
    queue.push('/c.handlingsrom');
    expect(got).toEqual(['/a.handlingsrom', '/b.handlingsrom', '/c.handlingsrom']);
    expect(queue.pending).toEqual([]);
  });

  it('holds again while the renderer reloads', () => {
    const queue = new OpenRequestQueue();
    const got: string[] = [];
    queue.setReceiver((p) => got.push(p));
    queue.setReceiver(null);
    queue.push('/a.handlingsrom');
    expect(got).toEqual([]);
    queue.setReceiver((p) => got.push(`again ${p}`));
    expect(got).toEqual(['again /a.handlingsrom']);
  });
});

/**
 * Members and tokens: a token is shown once and only its hash is stored; revocation; the
 * workspace of the document name; roles; the loopback rule; Redis URLs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { parseDocumentName } from '../../server/document-name';
import { isLoopbackHost } from '../../server/host';
import { redisConfigFromUrl } from '../../server/redis';
import { addMember, authorize, hashToken, readTeam, revokeMember, teamFile, TeamError } from '../../server/team';
import { tempDataDir } from './helpers';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('team members', () => {
  it('stores only the hash of a fresh random token, readable by the owner only', async () => {
    dir = tempDataDir();
    const a = await addMember(dir, { name: 'Kari Nordmann', workspace: 'sekretariat' });
    const b = await addMember(dir, { name: 'Ola', role: 'leser' });
    expect(a.token).toMatch(/^hr_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    const text = readFileSync(teamFile(dir), 'utf8');
    expect(text).not.toContain(a.token);
    expect(text).not.toContain(a.token.slice(3));
    expect(text).toContain(hashToken(a.token));
    expect(statSync(teamFile(dir)).mode & 0o777).toBe(0o600);
    const team = await readTeam(dir);
    expect(team.members.map((m) => [m.name, m.role, m.workspace])).toEqual([
      ['Kari Nordmann', 'redaktør', 'sekretariat'],
      ['Ola', 'leser', 'standard'],
    ]);
  });

  it('refuses a second active member of the same name, a bad role and a bad workspace', async () => {
    dir = tempDataDir();
    await addMember(dir, { name: 'Kari' });
    await expect(addMember(dir, { name: 'Kari' })).rejects.toMatchObject({ code: 'memberExists' });
    await expect(addMember(dir, { name: 'Per', role: 'admin' })).rejects.toMatchObject({ code: 'badRole' });
    await expect(addMember(dir, { name: 'Per', workspace: '../x' })).rejects.toMatchObject({ code: 'badWorkspace' });
    await expect(addMember(dir, { name: '  ' })).rejects.toBeInstanceOf(TeamError);
    await expect(revokeMember(dir, 'Ingen')).rejects.toMatchObject({ code: 'memberUnknown' });
  });

  it('authorizes a token for documents of its workspace only; revoked tokens for nothing', async () => {
    dir = tempDataDir();
    const kari = (await addMember(dir, { name: 'Kari', workspace: 'sekretariat' })).token;
    const lise = (await addMember(dir, { name: 'Lise', role: 'leser', workspace: 'sekretariat' })).token;
    let team = await readTeam(dir);
    expect(authorize(team, kari, 'sekretariat/str_1')).toMatchObject({ readOnly: false, member: { name: 'Kari' } });
    expect(authorize(team, lise, 'sekretariat/str_1')).toMatchObject({ readOnly: true });
    expect(authorize(team, kari, 'annet/str_1')).toBeNull();
    expect(authorize(team, kari, 'sekretariat')).toBeNull();
    expect(authorize(team, `${kari}x`, 'sekretariat/str_1')).toBeNull();
    expect(authorize(team, '', 'sekretariat/str_1')).toBeNull();
    await revokeMember(dir, 'Kari');
    team = await readTeam(dir);
    expect(authorize(team, kari, 'sekretariat/str_1')).toBeNull();
    expect(team.members.find((m) => m.name === 'Kari')?.revokedAt).toBeDefined();
    // Added again: a new token; the old one stays dead.
    const again = (await addMember(dir, { name: 'Kari', workspace: 'sekretariat' })).token;
    team = await readTeam(dir);
    expect(authorize(team, again, 'sekretariat/str_1')).not.toBeNull();
    expect(authorize(team, kari, 'sekretariat/str_1')).toBeNull();
  });

  it('refuses a team file that is not valid', async () => {
    dir = tempDataDir();
    await addMember(dir, { name: 'Kari' });
    writeFileSync(teamFile(dir), '{"version":1,"members":[{"name":"x"}]}');
    await expect(readTeam(dir)).rejects.toMatchObject({ code: 'teamFileInvalid' });
  });
});

describe('document names, hosts and URLs', () => {
  it.each([
    ['sekretariat/str_0123456789abcdefghij', { workspace: 'sekretariat', strategyId: 'str_0123456789abcdefghij' }],
    ['a/b', { workspace: 'a', strategyId: 'b' }],
    ['sekretariat', null],
    ['sekretariat/', null],
    ['/str_1', null],
    ['a/b/c', null],
    ['a/..', null],
    ['a/.hidden', null],
    ['æ/str', null],
  ])('%s', (name, expected) => {
    expect(parseDocumentName(name)).toEqual(expected);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.0.10', false],
    ['example.org', false],
  ])('loopback %s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it('reads redis URLs', () => {
    expect(redisConfigFromUrl('redis://redis:6380/2')).toEqual({ host: 'redis', port: 6380, options: { db: 2 } });
    expect(redisConfigFromUrl('rediss://u:p%40ss@r.example.org')).toEqual({
      host: 'r.example.org',
      port: 6379,
      options: { username: 'u', password: 'p@ss', tls: {} },
    });
    expect(() => redisConfigFromUrl('http://x')).toThrow();
  });
});

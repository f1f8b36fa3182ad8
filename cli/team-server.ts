/**
 * `handlingsrom serve` (the team server, server/) and `handlingsrom team add-member |
 * revoke | list` (members and their personal tokens in `<data>/team.json`). The server
 * runs until SIGINT or SIGTERM, then closes every connection and stores every open
 * document before it exits. Connection strings may come from the environment
 * (HANDLINGSROM_POSTGRES_URL, HANDLINGSROM_REDIS_URL) so passwords stay out of `ps`.
 */
import type { MessageParams } from '@shared/i18n/message';
import { EXIT, refused, usage } from './errors';
import type { CliTexts } from './messages';

/** The options of serve and team. */
export interface TeamServerOptions {
  data?: string;
  port?: string;
  host?: string;
  postgres?: string;
  redis?: string;
  web?: string;
  allowInsecure: boolean;
  role?: string;
  workspace?: string;
  json: boolean;
  t: CliTexts;
}

/** Where serve and team write. */
interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Resolves when the process is asked to stop (SIGINT/SIGTERM). */
export function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function needData(command: string, o: TeamServerOptions): string {
  if (o.data === undefined || o.data === '') throw usage('missingArgument', { command, what: o.t('team.what.data') });
  return o.data;
}

function noExtra(positionals: string[]): void {
  if (positionals[0] !== undefined) throw usage('extraArgument', { arg: positionals[0] });
}

/** `handlingsrom serve --data DIR --port N [--host H] [--postgres URL] [--redis URL] [--web DIR] [--allow-insecure]`. */
export async function cmdServe(positionals: string[], o: TeamServerOptions, io: Io, untilStopped: () => Promise<void> = stopSignal): Promise<number> {
  const t = o.t;
  noExtra(positionals);
  const dataDir = needData('serve', o);
  if (o.port === undefined) throw usage('missingArgument', { command: 'serve', what: t('team.what.port') });
  if (!/^\d{1,5}$/.test(o.port) || Number(o.port) > 65_535) throw usage('serve.badPort', { value: o.port });
  const host = o.host ?? '127.0.0.1';
  const { ServeError, startServer } = await import('../server/index');
  const { isLoopbackHost } = await import('../server/host');
  const postgresUrl = o.postgres ?? nonEmpty(process.env.HANDLINGSROM_POSTGRES_URL);
  const redisUrl = o.redis ?? nonEmpty(process.env.HANDLINGSROM_REDIS_URL);
  let server;
  try {
    server = await startServer({
      dataDir,
      port: Number(o.port),
      host,
      postgresUrl,
      redisUrl,
      webDir: o.web,
      allowInsecure: o.allowInsecure,
      onEvent: (e) =>
        io.err(
          e.kind === 'refused'
            ? t('serve.refused', { document: e.documentName, address: e.address })
            : t('serve.revokedClosed', { member: e.member, document: e.documentName }),
        ),
    });
  } catch (err) {
    if (err instanceof ServeError && err.code === 'insecureHost') throw refused('serve.insecureHost', { host });
    if (err instanceof ServeError && err.code === 'webDirUnusable') throw refused('serve.webDirUnusable', { path: err.detail });
    if (err instanceof ServeError && err.code === 'dataDirLocked') throw refused('serve.dataDirLocked', { path: dataDir, pid: err.detail });
    if (err instanceof ServeError) throw refused('serve.dataDirUnusable', { path: dataDir, detail: err.detail });
    throw refused('serve.startFailed', { detail: err instanceof Error ? err.message : String(err) });
  }
  if (!isLoopbackHost(host)) io.err(t('serve.insecureWarning', { host }));
  const storage = t(server.storage === 'postgres' ? 'serve.storagePostgres' : 'serve.storageFiles') + (server.hasRedis ? ' + Redis' : '');
  io.err(t('serve.listening', { url: server.url, data: dataDir, storage }));
  if (server.webUrl !== null) io.err(t('serve.webApp', { url: server.webUrl, dir: o.web ?? '' }));
  await untilStopped();
  io.err(t('serve.stopping'));
  await server.stop();
  io.err(t('serve.stopped'));
  return EXIT.ok;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** `handlingsrom team add-member NAME | revoke NAME | list` with `--data DIR`. */
export async function cmdTeam(positionals: string[], o: TeamServerOptions, io: Io): Promise<number> {
  const t = o.t;
  const [sub, ...rest] = positionals;
  const team = await import('../server/team');
  const fail = (err: unknown, name = ''): never => {
    if (!(err instanceof team.TeamError)) throw err;
    const params: MessageParams = { name, value: err.detail, path: team.teamFile(o.data ?? ''), detail: err.detail };
    throw err.code === 'badRole' || err.code === 'badWorkspace' ? usage(`team.${err.code}`, params) : refused(`team.${err.code}`, params);
  };
  switch (sub) {
    case 'add-member': {
      const [name, extra] = rest;
      if (name === undefined) throw usage('missingArgument', { command: 'team add-member', what: t('team.what.name') });
      noExtra(extra === undefined ? [] : [extra]);
      const dataDir = needData('team add-member', o);
      try {
        const { token, member } = await team.addMember(dataDir, { name, role: o.role, workspace: o.workspace });
        io.err(t('team.memberAdded', { name: member.name, role: member.role, workspace: member.workspace }));
        io.out(`${token}\n`);
      } catch (err) {
        fail(err, name);
      }
      return EXIT.ok;
    }
    case 'revoke': {
      const [name, extra] = rest;
      if (name === undefined) throw usage('missingArgument', { command: 'team revoke', what: t('team.what.name') });
      noExtra(extra === undefined ? [] : [extra]);
      const dataDir = needData('team revoke', o);
      try {
        await team.revokeMember(dataDir, name);
      } catch (err) {
        fail(err, name);
      }
      io.err(t('team.revoked', { name }));
      return EXIT.ok;
    }
    case 'list': {
      noExtra(rest);
      const dataDir = needData('team list', o);
      let members;
      try {
        members = (await team.readTeam(dataDir)).members;
      } catch (err) {
        return fail(err);
      }
      if (o.json) {
        const shown = members.map(({ name, role, workspace, createdAt, revokedAt }) => ({ name, role, workspace, createdAt, revokedAt: revokedAt ?? null }));
        io.out(`${JSON.stringify(shown, null, 2)}\n`);
        return EXIT.ok;
      }
      if (members.length === 0) {
        io.err(t('team.listEmpty'));
        return EXIT.ok;
      }
      const width = Math.max(...members.map((m) => m.name.length));
      const lines = [t('team.listHeader', { count: members.length })];
      for (const m of members) {
        const status = m.revokedAt === undefined ? t('team.active', { date: m.createdAt.slice(0, 10) }) : t('team.revokedStatus', { date: m.revokedAt.slice(0, 10) });
        lines.push(`  ${m.name.padEnd(width)}  ${m.role.padEnd(8)}  ${m.workspace}  ${status}`);
      }
      io.out(`${lines.join('\n')}\n`);
      return EXIT.ok;
    }
    case undefined:
      throw usage('missingArgument', { command: 'team', what: 'add-member | revoke | list' });
    default:
      throw usage('team.unknownCommand', { command: sub });
  }
}

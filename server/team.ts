/**
 * The team's members and their personal tokens, in `<data>/team.json`. A token is shown
 * once, when the member is added; the file keeps only its SHA-256 hash (a token is 32
 * random bytes, so a plain hash is enough — there is nothing to guess). Revoking keeps the
 * entry (who had access, and until when) but no token matches it any more.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { DEFAULT_WORKSPACE, isWorkspace, parseDocumentName } from './document-name';

/** Roles: «redaktør» edits, «leser» only reads. */
export const ROLES = ['redaktør', 'leser'] as const;
/** A member's role. */
export type Role = (typeof ROLES)[number];

/** Whether `value` is a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

const memberSchema = z.object({
  name: z.string().min(1),
  role: z.enum(ROLES),
  workspace: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  revokedAt: z.string().optional(),
});

const teamSchema = z.object({ version: z.literal(1), members: z.array(memberSchema) });

/** A member of the team as stored (never the token itself). */
export type Member = z.infer<typeof memberSchema>;
/** The contents of team.json. */
export type Team = z.infer<typeof teamSchema>;

/** Why a team command was refused; the CLI turns the code into words. */
export class TeamError extends Error {
  constructor(readonly code: 'memberExists' | 'memberUnknown' | 'badName' | 'badWorkspace' | 'badRole' | 'teamFileInvalid', readonly detail = '') {
    super(code);
  }
}

/** Path of the team file in a data folder. */
export function teamFile(dataDir: string): string {
  return join(dataDir, 'team.json');
}

/** The SHA-256 hash (hex) of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new personal token: `hr_` + 32 random bytes in base64url. */
export function newToken(): string {
  return `hr_${randomBytes(32).toString('base64url')}`;
}

/** Reads the team (an empty team when the file does not exist yet). */
export async function readTeam(dataDir: string): Promise<Team> {
  let text: string;
  try {
    text = await readFile(teamFile(dataDir), 'utf8');
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return { version: 1, members: [] };
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new TeamError('teamFileInvalid', err instanceof Error ? err.message : String(err));
  }
  const parsed = teamSchema.safeParse(json);
  if (!parsed.success) throw new TeamError('teamFileInvalid', parsed.error.issues[0]?.message ?? '');
  return parsed.data;
}

async function writeTeam(dataDir: string, team: Team): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  // Only hashes are in it, but who is in which team is still nobody else's business.
  await writeFileAtomic(teamFile(dataDir), `${JSON.stringify(team, null, 2)}\n`, 0o600);
}

/** Whether a member is active (not revoked). */
export function isActive(member: Member): boolean {
  return member.revokedAt === undefined;
}

/**
 * Adds a member and returns the personal token — the only time it exists in clear text.
 * A revoked member of the same name is replaced; an active one is refused.
 */
export async function addMember(
  dataDir: string,
  input: { name: string; role?: string; workspace?: string },
  now = new Date(),
): Promise<{ token: string; member: Member }> {
  const name = input.name.trim();
  if (name === '' || name.length > 100) throw new TeamError('badName');
  const role = input.role ?? 'redaktør';
  if (!isRole(role)) throw new TeamError('badRole', role);
  const workspace = input.workspace ?? DEFAULT_WORKSPACE;
  if (!isWorkspace(workspace)) throw new TeamError('badWorkspace', workspace);
  const team = await readTeam(dataDir);
  if (team.members.some((m) => m.name === name && isActive(m))) throw new TeamError('memberExists', name);
  const token = newToken();
  const member: Member = { name, role, workspace, tokenHash: hashToken(token), createdAt: now.toISOString() };
  await writeTeam(dataDir, { version: 1, members: [...team.members.filter((m) => m.name !== name), member] });
  return { token, member };
}

/** Revokes a member's token; refused when no active member has that name. */
export async function revokeMember(dataDir: string, name: string, now = new Date()): Promise<Member> {
  const team = await readTeam(dataDir);
  const member = team.members.find((m) => m.name === name && isActive(m));
  if (member === undefined) throw new TeamError('memberUnknown', name);
  const revoked: Member = { ...member, revokedAt: now.toISOString() };
  await writeTeam(dataDir, { version: 1, members: team.members.map((m) => (m === member ? revoked : m)) });
  return revoked;
}

/** The active member a token belongs to, compared in constant time; undefined for any other token. */
export function memberByToken(team: Team, token: string): Member | undefined {
  const hash = Buffer.from(hashToken(token), 'hex');
  let found: Member | undefined;
  for (const member of team.members) {
    // Every entry is compared, so the time says nothing about which one matched.
    if (timingSafeEqual(Buffer.from(member.tokenHash, 'hex'), hash) && isActive(member)) found = member;
  }
  return found;
}

/** What a connection may do with a document: null when refused. */
export interface Access {
  member: Member;
  readOnly: boolean;
}

/**
 * Checks a token against a document name: the token must belong to an active member and
 * the document must lie in that member's workspace. «leser» gets a read-only connection.
 */
export function authorize(team: Team, token: string, documentName: string): Access | null {
  const name = parseDocumentName(documentName);
  const member = memberByToken(team, token);
  if (name === null || member === undefined || member.workspace !== name.workspace) return null;
  return { member, readOnly: member.role === 'leser' };
}

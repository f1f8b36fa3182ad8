/**
 * The app's Content-Security-Policy, defined once: main sends it as a header on every
 * app:// response, and the Vite build writes it into index.html as a `<meta>` so the
 * web build (and the dev server) applies the same policy. Inline styles are allowed
 * because recharts and React style attributes need them; scripts, connections and
 * everything else stay on the app's own origin.
 */

/** The policy's directives and their sources (innholdssikkerhetsregler). */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, sources: string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a browser ignores (with a console warning) when the policy comes in a `<meta>`. */
export const CSP_HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

function serialize(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, sources]) => `${name} ${sources}`).join('; ');
}

/** The Content-Security-Policy header of every app:// response. */
export const CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES);

/** The same policy for index.html's `<meta http-equiv>`: without the header-only directives. */
export const CONTENT_SECURITY_POLICY_META = serialize(CSP_DIRECTIVES.filter(([name]) => !CSP_HEADER_ONLY_DIRECTIVES.includes(name)));

/** A team server's origin: ws:// or wss://, a host (name, IPv4 or [IPv6]) and an optional port. */
const TEAM_ORIGIN = /^(wss?):\/\/([A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(:[0-9]{1,5})?$/;

/**
 * Teamserverens opphav: the origin (`wss://host:port`, lower-case host, no path) of a team
 * server address, or null when the address is not ws:// or wss:// with a plain host.
 */
export function teamServerOrigin(address: string): string | null {
  const match = /^(wss?:\/\/[^/?#\s]+)(?:[/?#]|$)/i.exec(address.trim());
  const origin = match?.[1]?.toLowerCase() ?? null;
  return origin !== null && TEAM_ORIGIN.test(origin) ? origin : null;
}

/** True for a string that is a team server origin as `teamServerOrigin` returns it. */
export function isTeamServerOrigin(value: string): boolean {
  return TEAM_ORIGIN.test(value) && value === value.toLowerCase();
}

/**
 * The policy with exactly the configured team servers' origins added to `connect-src`
 * (none configured: the same policy as CONTENT_SECURITY_POLICY). `meta` drops the
 * header-only directives, as for index.html.
 */
export function contentSecurityPolicyWith(teamOrigins: readonly string[], meta = false): string {
  const allowed = teamOrigins.filter(isTeamServerOrigin);
  const directives = CSP_DIRECTIVES.map(([name, sources]): readonly [string, string] =>
    name === 'connect-src' && allowed.length > 0 ? [name, `${sources} ${allowed.join(' ')}`] : [name, sources],
  );
  return serialize(meta ? directives.filter(([name]) => !CSP_HEADER_ONLY_DIRECTIVES.includes(name)) : directives);
}

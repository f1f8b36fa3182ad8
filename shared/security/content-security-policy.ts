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

/**
 * One Content-Security-Policy: main's app:// header and index.html's meta come from
 * shared/security; index.html keeps no hand-written copy.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  CSP_HEADER_ONLY_DIRECTIVES,
} from '@shared/security/content-security-policy';
import { cspMetaPlugin, cspMetaTags } from '../../scripts/csp-meta-plugin';

const root = path.resolve(import.meta.dirname, '../..');

function directives(policy: string): string[] {
  return policy.split(';').map((d) => d.trim());
}

describe('Content-Security-Policy', () => {
  it('the meta is the header without the directives a meta cannot carry', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    const meta = directives(CONTENT_SECURITY_POLICY_META);
    expect(meta).toEqual(header.filter((d) => !CSP_HEADER_ONLY_DIRECTIVES.includes(d.split(' ')[0] ?? '')));
    expect(header).toContain("frame-ancestors 'none'");
    expect(meta).toContain("script-src 'self'");
  });

  it('the Vite plugin writes the shared policy first in <head>', () => {
    expect(cspMetaPlugin().transformIndexHtml).toBe(cspMetaTags);
    expect(cspMetaTags()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ]);
  });

  it('renderer/index.html has no hand-written policy of its own', async () => {
    const html = await fsp.readFile(path.join(root, 'renderer/index.html'), 'utf8');
    expect(html).not.toMatch(/Content-Security-Policy/i);
  });
});

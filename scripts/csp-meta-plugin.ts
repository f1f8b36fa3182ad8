/**
 * Vite plugin: writes the shared Content-Security-Policy into index.html as the first
 * element of <head>, so the page and main's app:// header never disagree (there is no
 * hand-written copy in renderer/index.html).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from '../shared/security/content-security-policy';

/** The tags the plugin adds to index.html: `<meta http-equiv="Content-Security-Policy">`. */
export function cspMetaTags(): HtmlTagDescriptor[] {
  return [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
      injectTo: 'head-prepend',
    },
  ];
}

/** The plugin that injects the CSP meta (in the dev server and the build alike). */
export function cspMetaPlugin(): Plugin {
  return { name: 'handlingsrom-csp-meta', transformIndexHtml: cspMetaTags };
}

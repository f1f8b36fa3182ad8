/**
 * Session and web-contents hardening: no permission is ever granted, no request leaves
 * the app, no navigation or new window outside the app, no <webview>.
 *
 * The functions take narrow structural types (what they call), so the tests drive them
 * with small fakes and the app passes Electron's Session and WebContents.
 */

/** A navigation event as Electron hands it to 'will-navigate' and friends. */
export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** What `hardenWebContents` needs from a WebContents. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps a web contents inside the app: navigations and redirects to anything but a
 * trusted app URL are cancelled, new windows are always denied (the app has one window
 * and opens nothing on the web), and <webview> is refused.
 */
export function hardenWebContents(contents: HardenableContents, isTrustedUrl: (url: string) => boolean): void {
  const guard = (event: NavigationEvent): void => {
    if (!isTrustedUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** What `hardenSession` needs from a Session. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/**
 * Denies every permission request and check, and cancels every request whose URL
 * `isAllowedRequest` refuses (everything outside the app).
 */
export function hardenSession(session: HardenableSession, isAllowedRequest: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

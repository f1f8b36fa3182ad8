import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents } from '../../electron/main/security';
import type { HardenableContents, HardenableSession, NavigationEvent } from '../../electron/main/security';
import { isAllowedRequestUrl, isTrustedPageUrl } from '../../electron/main/origin';

class FakeContents extends EventEmitter implements HardenableContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
}

function navigation(url: string): NavigationEvent & { isPrevented: boolean } {
  const event = {
    url,
    isPrevented: false,
    preventDefault() {
      event.isPrevented = true;
    },
  };
  return event;
}

describe('hardenWebContents', () => {
  const contents = new FakeContents();
  hardenWebContents(contents, (url) => isTrustedPageUrl(url, null));

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays in the app', (name) => {
    const inside = navigation('app://handlingsrom/index.html#/plan');
    contents.emit(name, inside);
    expect(inside.isPrevented).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'http://127.0.0.1:5173/', 'app://other/']) {
      const outside = navigation(url);
      contents.emit(name, outside);
      expect(outside.isPrevented, url).toBe(true);
    }
  });

  it('denies every new window', () => {
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://handlingsrom/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses <webview>', () => {
    const event = navigation('');
    contents.emit('will-attach-webview', event);
    expect(event.isPrevented).toBe(true);
  });
});

describe('hardenSession', () => {
  let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  let checkHandler: ((contents: unknown, permission: string) => boolean) | null = null;
  let beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  const session: HardenableSession = {
    setPermissionRequestHandler: (h) => {
      requestHandler = h;
    },
    setPermissionCheckHandler: (h) => {
      checkHandler = h;
    },
    webRequest: {
      onBeforeRequest: (l) => {
        beforeRequest = l;
      },
    },
  };
  hardenSession(session, (url) => isAllowedRequestUrl(url, null));

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'persistent-storage'])(
    'denies the %s permission',
    (permission) => {
      const answers: boolean[] = [];
      requestHandler?.({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(checkHandler?.({}, permission)).toBe(false);
    },
  );

  it('cancels every request outside the app', () => {
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      beforeRequest?.({ url }, (response) => {
        cancel = response.cancel;
      });
      return cancel;
    };
    expect(decide('app://handlingsrom/assets/index.js')).toBe(false);
    expect(decide('https://example.com/track.gif')).toBe(true);
    expect(decide('http://127.0.0.1:5173/')).toBe(true);
    expect(decide('wss://example.com/socket')).toBe(true);
  });
});

/**
 * Plan files the operating system asks the app to open: on the command line (file
 * association on Windows/Linux, or a second instance), or through macOS `open-file`.
 * They wait here until the renderer has loaded, then go to it on file:open-request.
 */
import path from 'node:path';
import { PLAN_EXTENSION } from '@shared/domain/plan-file-limits';
import { hasExtension } from './files';

/**
 * The plan files named on a command line (absolute, resolved against the instance's
 * working directory). Switches and anything that is not a `.handlingsrom` file —
 * Electron's own arguments, the app path in dev — are ignored.
 */
export function planFilesFromArgv(argv: readonly string[], workingDirectory: string, pathApi: path.PlatformPath = path): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !hasExtension(arg, [PLAN_EXTENSION], pathApi)) continue;
    const absolute = pathApi.resolve(workingDirectory, arg);
    if (!files.includes(absolute)) files.push(absolute);
  }
  return files;
}

/** Paths waiting for the renderer, delivered in order once it is ready. */
export class OpenRequestQueue {
  #pending: string[] = [];
  #deliver: ((filePath: string) => void) | null = null;

  /** Adds paths; they are delivered at once when a receiver is ready. */
  push(...paths: readonly string[]): void {
    this.#pending.push(...paths);
    this.#flush();
  }

  /** Sets (or clears, with null) the receiver — e.g. when the window has loaded or closed. */
  setReceiver(deliver: ((filePath: string) => void) | null): void {
    this.#deliver = deliver;
    this.#flush();
  }

  /** Paths not yet delivered. */
  get pending(): readonly string[] {
    return this.#pending;
  }

  #flush(): void {
    const deliver = this.#deliver;
    if (deliver === null) return;
    while (this.#pending.length > 0) {
      const next = this.#pending.shift();
      if (next !== undefined) deliver(next);
    }
  }
}

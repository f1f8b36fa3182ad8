/**
 * One temporary working folder per CLI test file and a `run(...args)` that runs the CLI
 * in-process inside it (stdout and stderr captured, exit code returned). The folder is
 * made before the file's tests and removed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../cli/handlingsrom';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliDir {
  /** The folder (valid from beforeAll on). */
  readonly dir: () => string;
  /** A path inside the folder. */
  readonly path: (name: string) => string;
  /** Runs `handlingsrom ...args` with the folder as working directory. */
  readonly run: (...args: string[]) => Promise<CliRun>;
}

/** Registers beforeAll/afterAll for a temporary folder named `hr-<prefix>-…`. */
export function useCliDir(prefix: string): CliDir {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `hr-${prefix}-`));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const run = async (...args: string[]): Promise<CliRun> => {
    let stdout = '';
    let stderr = '';
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const code = await runCli(args, { out: (s) => (stdout += s), err: (s) => (stderr += `${s}\n`), showProgress: false });
      return { code, stdout, stderr };
    } finally {
      process.chdir(cwd);
    }
  };
  return { dir: () => dir, path: (name) => join(dir, name), run };
}

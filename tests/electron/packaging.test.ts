/**
 * Packaging config and resources: electron-builder.yml passes electron-builder's own
 * schema and says what the installers must do; build/icon.png is a real 512×512 PNG that
 * scripts/make-icon.mjs reproduces byte for byte.
 */
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { describe, expect, it } from 'vitest';
import { PLAN_EXTENSION } from '@shared/domain/plan-file-limits';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('electron-builder.yml', () => {
  it('is valid for electron-builder and complete', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();

    expect(config.appId).toBe('no.handlingsrom.app');
    expect(config.productName).toBe('Handlingsrom');
    expect(config.asar).toBe(true);
    // Electron fuses: each one as the security checklist wants it.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'build' });
    const files = JSON.stringify(config.files);
    for (const pattern of ['dist/**', 'package.json', '!dist/**/*.map']) expect(files).toContain(JSON.stringify(pattern));

    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true, perMachine: false });
    expect(JSON.stringify(config.win?.target)).toContain('nsis');

    expect(config.mac).toMatchObject({ category: 'public.app-category.productivity', hardenedRuntime: true });
    expect(JSON.stringify(config.mac?.target)).toContain('dmg');
    await expect(fsp.access(path.join(root, String(config.mac?.entitlements)))).resolves.toBeUndefined();

    expect(config.linux).toMatchObject({ category: 'Office' });
    expect(config.linux?.maintainer).toMatch(/@/);
    expect(JSON.stringify(config.linux?.target)).toMatch(/AppImage[\s\S]*deb/);

    // The installers register the extension new plan files get (shared/domain; a YAML
    // file cannot import it, so this test keeps the two the same).
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: PLAN_EXTENSION.slice(1),
        name: 'Handlingsrom-plan',
        role: 'Editor',
        mimeType: 'application/x-handlingsrom+json',
      }),
    ]);
  });
});

function readPng(bytes: Buffer): { width: number; height: number; colorType: number; pixel(x: number, y: number): number[] } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9] ?? -1;
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  return {
    width,
    height,
    colorType,
    // Every row uses filter 0 (none), which the generator writes.
    pixel: (x, y) => [...raw.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4)],
  };
}

describe('app icon', () => {
  it('is a 512×512 RGBA PNG: transparent corners, deep blue field, white bars, amber frame line', async () => {
    const png = readPng(await fsp.readFile(path.join(root, 'build/icon.png')));
    expect([png.width, png.height, png.colorType]).toEqual([512, 512, 6]);
    expect(png.pixel(2, 2)[3]).toBe(0);
    const [r, g, b, a] = png.pixel(60, 256);
    expect(a).toBe(255);
    expect(b! > 100 && r! < 60 && g! < 110).toBe(true);
    expect(png.pixel(295, 300)).toEqual([255, 255, 255, 255]);
    expect(png.pixel(256, 130)).toEqual([0xf5, 0xb8, 0x41, 255]);
  });

  it('is reproduced exactly by scripts/make-icon.mjs', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-icon-'));
    try {
      const out = path.join(dir, 'icon.png');
      await run(process.execPath, [path.join(root, 'scripts/make-icon.mjs'), out]);
      expect(Buffer.compare(await fsp.readFile(out), await fsp.readFile(path.join(root, 'build/icon.png')))).toBe(0);
    } finally {
      await fsp.rm(dir, { recursive: true, force: true });
    }
  });
});

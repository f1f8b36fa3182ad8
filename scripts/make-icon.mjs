// Draws the app icon, build/icon.png (512×512 RGBA), with nothing but node:zlib: a
// rounded square in deep blue with four white bars under an amber line — the plan's
// tiltak under the budget frame (ramme). electron-builder makes the .ico/.icns from it.
// build/icon.svg is the same drawing as a vector. Usage: node scripts/make-icon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 supersampling for smooth edges

/** The drawing, in 512-unit coordinates; later shapes paint over earlier ones. */
export const SHAPES = [
  { kind: 'background', x: 32, y: 32, w: 448, h: 448, r: 96, top: [0x24, 0x56, 0xa6], bottom: [0x10, 0x34, 0x70] },
  { kind: 'rect', x: 112, y: 122, w: 288, h: 16, r: 8, color: [0xf5, 0xb8, 0x41] },
  { kind: 'rect', x: 112, y: 282, w: 54, h: 110, r: 12, color: [0xff, 0xff, 0xff] },
  { kind: 'rect', x: 190, y: 222, w: 54, h: 170, r: 12, color: [0xff, 0xff, 0xff] },
  { kind: 'rect', x: 268, y: 172, w: 54, h: 220, r: 12, color: [0xff, 0xff, 0xff] },
  { kind: 'rect', x: 346, y: 242, w: 54, h: 150, r: 12, color: [0xff, 0xff, 0xff] },
];

function insideRoundedRect(px, py, { x, y, w, h, r }) {
  if (px < x || py < y || px > x + w || py > y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** RGBA pixels of the icon, row by row. */
export function renderIcon(size = SIZE) {
  const scale = SIZE / size;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          let color = null;
          for (const shape of SHAPES) {
            if (!insideRoundedRect(x, y, shape)) continue;
            if (shape.kind === 'background') {
              const t = (y - shape.y) / shape.h;
              color = shape.top.map((c, i) => c + (shape.bottom[i] - c) * t);
            } else {
              color = shape.color;
            }
          }
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      // Colour averaged over covered samples; alpha is the coverage.
      pixels[o] = a ? Math.round(r / a) : 0;
      pixels[o + 1] = a ? Math.round(g / a) : 0;
      pixels[o + 2] = a ? Math.round(b / a) : 0;
      pixels[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 on every row). */
export function encodePng(pixels, width, height) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(pixels.buffer, pixels.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../build/icon.png', import.meta.url)));
  writeFileSync(out, encodePng(renderIcon(SIZE), SIZE, SIZE));
  console.log(`icon: ${out}`);
}

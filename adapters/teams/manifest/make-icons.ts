// Draws the Teams app icons (color.png 192x192, outline.png 32x32 white on transparent) and
// writes them next to this file. Run once: `node adapters/teams/manifest/make-icons.ts`. The PNGs
// are committed; this only needs node:zlib, so there is no image dependency.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";

type RGB = readonly [number, number, number];
/** A shape: is the point (x, y), in 0..1 icon coordinates, inside? */
type Shape = (x: number, y: number) => boolean;

const rect =
  (x0: number, y0: number, x1: number, y1: number, r = 0): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
const ring =
  (cx: number, cy: number, r0: number, r1: number, maxY: number): Shape =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d >= r0 && d <= r1 && y <= maxY;
  };
const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);
/** A flame: a circle with a point on top. */
const flame =
  (cx: number, cy: number, r: number, tip: number): Shape =>
  (x, y) => {
    if (Math.hypot(x - cx, y - cy) <= r) return true;
    if (y < tip || y > cy) return false;
    const half = (r * (y - tip)) / (cy - tip);
    return Math.abs(x - cx) <= half;
  };

const handle = ring(0.5, 0.19, 0.05, 0.085, 0.25);
const cap = rect(0.34, 0.24, 0.66, 0.31, 0.02);
const glass = rect(0.31, 0.31, 0.69, 0.77, 0.04);
const base = rect(0.32, 0.77, 0.68, 0.84, 0.02);
const fire = flame(0.5, 0.6, 0.085, 0.41);

/** Render layers with 4x4 supersampling; returns RGBA pixels. */
function draw(size: number, background: RGB | null, layers: [Shape, RGB][]): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let color: RGB | null = background;
          for (const [shape, c] of layers) if (shape(x, y)) color = c;
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      // Colour is averaged over covered samples only, so edges do not darken.
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return out;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGBA PNG: signature, IHDR, one IDAT (filter 0 per row), IEND. */
export function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const TEAL: RGB = [0x2f, 0x5d, 0x62];
const CREAM: RGB = [0xff, 0xf4, 0xd6];
const GOLD: RGB = [0xf4, 0xc9, 0x5d];
const ORANGE: RGB = [0xe8, 0x83, 0x3a];
const WHITE: RGB = [0xff, 0xff, 0xff];

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(
  join(here, "color.png"),
  png(
    192,
    draw(192, TEAL, [
      [handle, CREAM],
      [cap, CREAM],
      [glass, GOLD],
      [base, CREAM],
      [fire, ORANGE],
    ]),
  ),
);
// Outline icons are white on transparent only (Teams rule): the frame, cap, base and flame.
const frame = minus(glass, rect(0.36, 0.36, 0.64, 0.72, 0.02));
writeFileSync(
  join(here, "outline.png"),
  png(
    32,
    draw(32, null, [
      [handle, WHITE],
      [cap, WHITE],
      [frame, WHITE],
      [base, WHITE],
      [fire, WHITE],
    ]),
  ),
);

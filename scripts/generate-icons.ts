/**
 * Draws the add-in's icons (assets/icon-<size>.png) from code, so they can be regenerated
 * byte for byte: `npm run icons`. The mark is three load bars against a capacity line on the
 * brand blue; the last bar runs past the line in amber, which is what Loadline looks for.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';

/** Every size the manifest names: 16/32/80 for ribbon buttons, 64/128 for IconUrl/HighResolutionIconUrl. */
export const ICON_SIZES: readonly number[] = [16, 32, 64, 80, 128];

type Rgba = readonly [number, number, number, number];

const BRAND_BLUE: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [0xff, 0xc8, 0x3d, 255];

/** A shape on the unit square (0..1 both ways), tested per sample point. */
interface Shape {
  readonly colour: Rgba;
  contains(x: number, y: number): boolean;
}

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number, colour: Rgba): Shape {
  return {
    colour,
    contains(x, y) {
      if (x < left || x > right || y < top || y > bottom) return false;
      const dx = Math.max(left + radius - x, 0, x - (right - radius));
      const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
      return dx * dx + dy * dy <= radius * radius;
    },
  };
}

/** Later shapes paint over earlier ones. */
const SHAPES: readonly Shape[] = [
  roundedRect(0, 0, 1, 1, 0.16, BRAND_BLUE),
  roundedRect(0.16, 0.2, 0.58, 0.32, 0.04, WHITE),
  roundedRect(0.16, 0.44, 0.7, 0.56, 0.04, WHITE),
  roundedRect(0.16, 0.68, 0.86, 0.8, 0.04, AMBER),
  // The capacity line, drawn last so it crosses the amber bar that overruns it.
  roundedRect(0.735, 0.12, 0.785, 0.88, 0.02, WHITE),
];

/** Samples per pixel edge: 4 × 4 = 16 samples give smooth edges even at 16 px. */
const SUPERSAMPLE = 4;

/** Draws the icon at `size` × `size` pixels, anti-aliased by supersampling. */
export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          const colour = topColourAt(x, y);
          // Premultiplied alpha, so a transparent sample does not darken an edge.
          for (let c = 0; c < 3; c++) sum[c] += (colour[c] * colour[3]) / 255;
          sum[3] += colour[3];
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = sum[3] / samples;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) png.data[offset + c] = alpha === 0 ? 0 : Math.round((sum[c] / samples) * (255 / alpha));
      png.data[offset + 3] = Math.round(alpha);
    }
  }
  return png;
}

function topColourAt(x: number, y: number): Rgba {
  let colour: Rgba = [0, 0, 0, 0];
  for (const shape of SHAPES) if (shape.contains(x, y)) colour = shape.colour;
  return colour;
}

/** The PNG file bytes for one size; deterministic (no timestamps, fixed zlib settings). */
export function iconPngBytes(size: number): Buffer {
  return PNG.sync.write(drawIcon(size), { deflateLevel: 9, colorType: 6 });
}

/** File name of the icon of one size, relative to assets/. */
export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

if (require.main === module) {
  const assets = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(assets, iconFileName(size));
    fs.writeFileSync(file, iconPngBytes(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

/** Decoded screenshot with simple pixel access. */
export class Picture {
  private readonly png: PNG;
  constructor(buffer: Buffer) {
    this.png = PNG.sync.read(buffer);
  }
  get width(): number {
    return this.png.width;
  }
  get height(): number {
    return this.png.height;
  }
  at(x: number, y: number): Rgb {
    const i = (Math.round(y) * this.png.width + Math.round(x)) * 4;
    const d = this.png.data;
    return [d[i], d[i + 1], d[i + 2]];
  }
  /** Most frequent colour in a square patch around (x, y): robust against a stray line or label. */
  modeAround(x: number, y: number, radius = 8): Rgb {
    const counts = new Map<string, number>();
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const key = this.at(x + dx, y + dy).join(',');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    return best.split(',').map(Number) as Rgb;
  }
  /** Counts pixels in a rectangle that satisfy `test`. */
  count(x0: number, y0: number, x1: number, y1: number, test: (c: Rgb) => boolean): { hits: number; total: number } {
    let hits = 0;
    let total = 0;
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(this.height, y1); y++) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(this.width, x1); x++) {
        total++;
        if (test(this.at(x, y))) hits++;
      }
    }
    return { hits, total };
  }
}

/** Largest per-channel difference between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

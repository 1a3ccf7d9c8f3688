// Draws the portal's home-screen icons (web/public/portal-icon-192.png, -512.png and the 180 px
// apple-touch-icon): a white house on Gardien's teal, full bleed so that the "maskable" crop keeps
// it. The PNG encoder is src/channels/png.ts (node:zlib, no dependency); run once, the PNGs are committed:
// `node scripts/portal-icons.ts`.
import { writeFileSync } from 'node:fs';
import { encodeRgbPng } from '../src/channels/png.ts';

const TEAL = [8, 127, 91] as const;
const WHITE = [255, 255, 255] as const;

/** Whether the point (x, y), in units of the icon's side (0..1), is on the house. */
function onHouse(x: number, y: number): boolean {
  const roof = y >= 0.22 && y <= 0.48 && Math.abs(x - 0.5) <= (y - 0.22) * (0.3 / 0.26);
  const walls = x >= 0.28 && x <= 0.72 && y >= 0.46 && y <= 0.78;
  const door = x >= 0.45 && x <= 0.55 && y >= 0.6 && y <= 0.78;
  const chimney = x >= 0.62 && x <= 0.68 && y >= 0.26 && y <= 0.4;
  return (roof || walls || chimney) && !door;
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  const samples = 4; // 4×4 samples per pixel: smooth edges
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++) if (onHouse((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)) hits++;
      const share = hits / (samples * samples);
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(TEAL[c]! * (1 - share) + WHITE[c]! * share);
    }
    rows.push(row);
  }
  return encodeRgbPng(size, size, rows, 9);
}

const out = new URL('../web/public/', import.meta.url);
for (const [name, size] of [['portal-icon-192.png', 192], ['portal-icon-512.png', 512], ['portal-apple-touch-icon.png', 180]] as const) {
  writeFileSync(new URL(name, out), png(size));
}

/**
 * Draws the add-in's icons (a house with a rising bar, in the Rijksoverheid-like dark blue) as
 * PNGs at 16, 32, 64, 80 and 128 px. Run once with `node scripts/make-icons.js`; the PNGs are
 * committed in assets/.
 */

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [21, 66, 115, 255];
const ORANGE = [232, 119, 34, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y) {
  // rounded square background
  const r = 0.16;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return CLEAR;
  // roof: triangle apex (0.42, 0.16), base y = 0.48 from x 0.12 to 0.72
  const inRoof = y >= 0.16 && y <= 0.48 && Math.abs(x - 0.42) <= ((y - 0.16) / 0.32) * 0.3;
  const inWalls = x >= 0.19 && x <= 0.65 && y >= 0.46 && y <= 0.84;
  const inDoor = x >= 0.36 && x <= 0.48 && y >= 0.62 && y <= 0.84;
  if ((inRoof || inWalls) && !inDoor) return WHITE;
  // rising bar on the right
  if (x >= 0.72 && x <= 0.86 && y >= 0.3 && y <= 0.84) return ORANGE;
  return BLUE;
}

const out = path.resolve(__dirname, "../assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128])
  fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, pixel));
console.log(`icons written to ${out}`);

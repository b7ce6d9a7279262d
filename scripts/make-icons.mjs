#!/usr/bin/env node
// Renders public/icon.svg into the PNG and ICO files browsers and phones ask for (favicon.ico,
// apple-touch-icon.png, icon-192.png, icon-512.png), in Debian's Chromium. Run after editing the SVG:
//   node scripts/make-icons.mjs
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const pub = path.resolve(import.meta.dirname, "../public");
const svg = fs.readFileSync(path.join(pub, "icon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const page = await browser.newPage();

async function png(size, { padding = 0, background = "transparent" } = {}) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  await page.setContent(
    `<html><body style="margin:0;background:${background}"><div style="padding:${padding}px">` +
      svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `) +
      "</div></body></html>",
  );
  return page.screenshot({
    omitBackground: background === "transparent",
    clip: { x: 0, y: 0, width: size, height: size },
  });
}

// An ICO file is a directory of images; modern browsers accept PNG-encoded entries.
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((x) => x.data)]);
}

const icoSizes = [16, 32, 48];
const icoImages = [];
for (const size of icoSizes) icoImages.push({ size, data: await png(size) });
fs.writeFileSync(path.join(pub, "favicon.ico"), ico(icoImages));
// iOS draws its own rounded corners over an opaque square: give it a full-bleed background.
fs.writeFileSync(path.join(pub, "apple-touch-icon.png"), await png(180, { background: "#4338ca" }));
fs.writeFileSync(path.join(pub, "icon-192.png"), await png(192));
fs.writeFileSync(path.join(pub, "icon-512.png"), await png(512));
// A maskable icon keeps the mark inside the 80 % safe zone.
fs.writeFileSync(path.join(pub, "icon-maskable-512.png"), await png(512, { padding: 52, background: "#4338ca" }));
await browser.close();
console.log("wrote favicon.ico, apple-touch-icon.png, icon-192.png, icon-512.png, icon-maskable-512.png");

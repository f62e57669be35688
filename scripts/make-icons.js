// Renders resources/icon.svg into the app icons electron-builder packs: PNGs for Linux at
// every size it wants, a 1024 px PNG it converts for macOS, and a multi-size .ico for Windows.
// Run with `npm run icons` after changing the SVG; the results are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const resources = fileURLToPath(new URL('../resources/', import.meta.url));
const svg = readFileSync(join(resources, 'icon.svg'));
const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
mkdirSync(join(resources, 'icons'), { recursive: true });
for (const size of linuxSizes) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), render(size));
writeFileSync(join(resources, 'icon.png'), render(1024));
writeFileSync(join(resources, 'icon.ico'), await pngToIco([16, 24, 32, 48, 64, 128, 256].map(render)));
process.stderr.write(`Wrote ${linuxSizes.length} PNG sizes, icon.png and icon.ico to resources/.\n`);

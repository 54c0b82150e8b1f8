/**
 * Generates every PNG icon from the one SVG source, static/icon.svg, into static/icons/ (git-ignored).
 * The maskable icon keeps the artwork inside the 80% safe zone on a full-bleed background.
 */
import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';

const SOURCE = 'static/icon.svg';
const OUT = 'static/icons';
const BACKGROUND = '#1d4ed8';
/**
 * Palette PNGs: the artwork is a few flat colours and their anti-aliased edges, which 256 colours hold without a
 * visible change; each icon is a third to a quarter of its full-colour size, for every install and the precache.
 */
const PNG = { palette: true, colours: 256, compressionLevel: 9, effort: 10 } as const;

async function plain(size: number, name: string) {
	await sharp(SOURCE, { density: 384 }).resize(size, size).png(PNG).toFile(`${OUT}/${name}`);
}

async function maskable(size: number, name: string) {
	const inner = Math.round(size * 0.8);
	const art = await sharp(SOURCE, { density: 384 }).resize(inner, inner).png(PNG).toBuffer();
	await sharp({ create: { width: size, height: size, channels: 4, background: BACKGROUND } })
		.composite([{ input: art, gravity: 'center' }])
		.png(PNG)
		.toFile(`${OUT}/${name}`);
}

await mkdir(OUT, { recursive: true });
await Promise.all([
	plain(48, 'favicon-48x48.png'),
	plain(192, 'pwa-192x192.png'),
	plain(512, 'pwa-512x512.png'),
	maskable(512, 'maskable-icon-512x512.png'),
	maskable(180, 'apple-touch-icon-180x180.png')
]);
console.log(`icons: 5 PNGs written to ${OUT}/ from ${SOURCE}`);

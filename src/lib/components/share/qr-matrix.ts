/** QR code modules as one SVG path, via `qrcode-generator` (error-correction level M: survives smudges and glare). */
import qrcode from 'qrcode-generator';

export type QrMode = 'Byte' | 'Alphanumeric';

export interface QrMatrix {
	/** Modules per side, without the quiet zone. */
	size: number;
	/** The dark modules, one `M x y h n v1 h-n z` run per horizontal stretch, in module units. */
	path: string;
	isDark: (row: number, col: number) => boolean;
}

/** Characters QR alphanumeric mode holds (result codes fit it: denser than bytes). */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** The matrix for `text`, or null when it is too long for any QR code. */
export function qrMatrix(text: string, mode: QrMode = 'Byte'): QrMatrix | null {
	const qr = qrcode(0, 'M');
	qr.addData(text, mode === 'Alphanumeric' && ALPHANUMERIC.test(text) ? 'Alphanumeric' : 'Byte');
	try {
		qr.make();
	} catch {
		// The library throws a string ("code length overflow") when even version 40 is too small.
		return null;
	}
	const size = qr.getModuleCount();
	const isDark = (row: number, col: number) => qr.isDark(row, col);
	let path = '';
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size;) {
			if (!isDark(row, col)) {
				col++;
				continue;
			}
			let run = 1;
			while (col + run < size && isDark(row, col + run)) run++;
			path += `M${col} ${row}h${run}v1h-${run}z`;
			col += run;
		}
	}
	return { size, path, isDark };
}

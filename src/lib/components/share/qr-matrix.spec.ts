import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, type QrMatrix } from './qr-matrix';

/** Paints the matrix (with a 4-module quiet zone) as RGBA pixels, the way a camera frame reaches the scanner. */
function render(matrix: QrMatrix, scale = 4): { data: Uint8ClampedArray; side: number } {
	const side = (matrix.size + 8) * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < side; y++)
		for (let x = 0; x < side; x++) {
			const row = Math.floor(y / scale) - 4;
			const col = Math.floor(x / scale) - 4;
			const dark = row >= 0 && col >= 0 && row < matrix.size && col < matrix.size && matrix.isDark(row, col);
			if (dark) data.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
		}
	return { data, side };
}

/** Fills the path's runs back into a grid, to check it draws exactly the dark modules. */
function fromPath(matrix: QrMatrix): boolean[][] {
	const grid = Array.from({ length: matrix.size }, () => Array<boolean>(matrix.size).fill(false));
	for (const [, x, y, n] of matrix.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
		for (let i = 0; i < Number(n); i++) grid[Number(y)]![Number(x) + i] = true;
	return grid;
}

describe('qrMatrix', () => {
	it('a link round-trips through a QR decoder', () => {
		const link = 'https://sourcedeck.example/assign/take#a1.' + 'AbC-_09xyz'.repeat(40);
		const matrix = qrMatrix(link)!;
		const { data, side } = render(matrix);
		expect(jsQR(data, side, side)?.data).toBe(link);
	});

	it('a result code uses alphanumeric mode (fewer modules than bytes) and round-trips', () => {
		const code = 'SDR1-' + 'ABCDE-FGHJK-MNPQR-STVWX-YZ012-'.repeat(12) + '34567';
		const dense = qrMatrix(code, 'Alphanumeric')!;
		expect(dense.size).toBeLessThan(qrMatrix(code, 'Byte')!.size);
		const { data, side } = render(dense);
		expect(jsQR(data, side, side)?.data).toBe(code);
	});

	it('falls back to bytes for lowercase text asked as alphanumeric', () => {
		const matrix = qrMatrix('sdr1-abc', 'Alphanumeric')!;
		const { data, side } = render(matrix);
		expect(jsQR(data, side, side)?.data).toBe('sdr1-abc');
	});

	it('the path draws exactly the dark modules', () => {
		const matrix = qrMatrix('Sourcedeck')!;
		const grid = fromPath(matrix);
		for (let row = 0; row < matrix.size; row++)
			for (let col = 0; col < matrix.size; col++) expect(grid[row]![col]).toBe(matrix.isDark(row, col));
	});

	it('returns null for text too long for any QR code', () => {
		expect(qrMatrix('x'.repeat(3000))).toBeNull();
	});
});

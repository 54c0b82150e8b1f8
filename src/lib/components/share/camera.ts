/** Reading QR codes from camera frames: the browser's BarcodeDetector where it has one, else jsQR. */

/** Finds the text of a QR code in a video frame, or null. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

interface BarcodeDetectorLike {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
	new (options: { formats: string[] }): BarcodeDetectorLike;
	getSupportedFormats(): Promise<string[]>;
}

/** Frames are scaled down to this width before jsQR reads them: fast enough, still sharp enough. */
const JSQR_WIDTH = 720;

export async function frameReader(): Promise<FrameReader> {
	const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
	if (Detector && (await Detector.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) {
		const detector = new Detector({ formats: ['qr_code'] });
		return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
	}
	const { default: jsQR } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	return async (video) => {
		if (!context || !video.videoWidth) return null;
		const scale = Math.min(1, JSQR_WIDTH / video.videoWidth);
		canvas.width = Math.round(video.videoWidth * scale);
		canvas.height = Math.round(video.videoHeight * scale);
		context.drawImage(video, 0, 0, canvas.width, canvas.height);
		const frame = context.getImageData(0, 0, canvas.width, canvas.height);
		return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
	};
}

/** What to tell the person when the camera cannot start. */
export function cameraProblem(error: unknown): string {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	switch (name) {
		case 'NotAllowedError':
		case 'SecurityError':
			return 'Camera access was refused. Allow the camera for this site in your browser’s settings, then try again — or paste the codes instead.';
		case 'NotFoundError':
		case 'OverconstrainedError':
			return 'No camera was found on this device. Paste the codes instead.';
		case 'NotReadableError':
		case 'AbortError':
			return 'The camera could not start: another app may be using it. Close it and try again.';
		default:
			return 'The camera could not start here. Paste the codes instead.';
	}
}

export const NO_CAMERA_API =
	'This browser cannot use the camera on this page (it needs a secure https address). Paste the codes instead.';

/** Serves a built site on a free local port for measurements; returns its origin and a stop function. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export async function serve(dir: string): Promise<{ origin: string; stop: () => void }> {
	const port = await freePort();
	const server = spawn(
		'node_modules/.bin/sirv',
		[dir, '--port', String(port), '--host', '127.0.0.1', '--quiet'],
		{
			stdio: 'ignore'
		}
	);
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => server.kill() };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`could not serve ${dir}`);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

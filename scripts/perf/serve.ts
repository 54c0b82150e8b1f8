/** Serves a built site on a given local port for measurements; returns its origin and a stop function. */
import { spawn } from 'node:child_process';

export async function serve(dir: string, port: number): Promise<{ origin: string; stop: () => void }> {
	const origin = `http://127.0.0.1:${port}`;
	if (await answers(origin)) throw new Error(`port ${port} is in use: set PERF_PORT to a free one`);
	const server = spawn(
		'node_modules/.bin/sirv',
		[dir, '--port', String(port), '--host', '127.0.0.1', '--quiet'],
		{
			stdio: 'ignore'
		}
	);
	for (let i = 0; i < 600; i++) {
		if (await answers(origin)) return { origin, stop: () => server.kill() };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`could not serve ${dir} on port ${port}`);
}

async function answers(origin: string): Promise<boolean> {
	try {
		return (await fetch(`${origin}/`)).ok;
	} catch {
		return false;
	}
}

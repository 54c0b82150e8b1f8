/**
 * Makes sure a Chromium exists for Playwright: CHROMIUM_PATH, else /usr/bin/chromium, else (as root on Debian)
 * installs Debian's chromium package. Playwright's own browser download is not used: it cannot reach its host here.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';
const wanted = process.env.CHROMIUM_PATH;

if (wanted) {
	if (!existsSync(wanted)) fail(`CHROMIUM_PATH is set to ${wanted}, but no file is there.`);
	console.log(`chromium: ${wanted} (CHROMIUM_PATH)`);
} else if (existsSync(DEFAULT_PATH)) {
	console.log(`chromium: ${DEFAULT_PATH}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log('chromium: not found; installing Debian\'s "chromium" package…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	if (!existsSync(DEFAULT_PATH)) fail('apt-get finished but /usr/bin/chromium is still missing.');
} else {
	fail(
		'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
			'or set CHROMIUM_PATH to a Chromium or Chrome binary, then run the tests again.'
	);
}

function fail(message: string): never {
	console.error(`chromium: ${message}`);
	process.exit(1);
}

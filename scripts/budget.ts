/** Checks the bundle budgets on the built site (run by `npm run build`); a missed budget fails the build. */
import { measure, report } from './perf/budget';

const { text, ok } = report(measure(process.env.BUILD_DIR ?? 'build'));
console.log(`bundle budgets:\n${text}`);
if (!ok) {
	console.error('bundle budgets: a budget is missed (see OVER above).');
	process.exit(1);
}

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// The app's own build options (vite.config.ts): the floor differs from the app only in what the app adds.
export default defineConfig({
	plugins: [sveltekit()],
	logLevel: 'warn',
	build: { rollupOptions: { output: { experimentalMinChunkSize: 8_000 } } }
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		setupFiles: ['test/setup-env.ts'],
		// End-to-end tests start a local Discord simulator and the real client; each should take a few seconds.
		testTimeout: 10_000,
		hookTimeout: 15_000,
	},
});

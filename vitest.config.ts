import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		setupFiles: ['test/setup-env.ts'],
		// End-to-end tests start a local Discord simulator and the real client, and some tests build a generated archive:
		// each takes a few seconds, but on a machine busy with other work several times that, so the limits only catch a hang.
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});

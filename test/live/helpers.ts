import type { FactStore } from '../../src/facts/store.js';

// Shared by the live archive tests: an article file, waiting without timing, the ids a store serves.

export const article = (quote: string, title = 'Port strike ends') =>
	`---\ntitle: "${title}"\noutlet: "The Harbour Gazette"\npublished: 2024-03-14\n---\n` +
	`Dock workers will return to work on Friday after talks that ran through the night.\n\n` +
	`"${quote}," said Elena Varga, the general secretary of the dockers' union, on Thursday.\n`;

/** Resolves once `check` holds, polling; fails after a minute. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
	for (let waited = 0; waited < 60_000; waited += 100) {
		if (await check()) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`still not true after a minute: ${what}`);
}

export const articleIds = async (store: FactStore) => (await store.articles(100)).items.map((a) => a.id);

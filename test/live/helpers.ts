import { once } from 'node:events';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FactStore } from '../../src/facts/store.js';

// Shared by the live archive tests: an article file, waiting without timing, the ids a store serves, a local web.

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

/** A web server on 127.0.0.1 standing in for the web: its base URL, and how to stop it with its connections. */
export async function servePages(listener: RequestListener): Promise<{ base: string; close(): void }> {
	const server = createServer(listener);
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	return {
		base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => {
			server.closeAllConnections();
			server.close();
		},
	};
}

import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../live/helpers.js';
import { apiMember, snowflake, type SimUser } from './sim-payloads.js';
import { DiscordSimulator, TOKEN } from './simulator.js';

// The running bot (`npm start` as its own process, logged in to the local simulator) while its articles change:
// through the folder, as a person copies or edits files, and through /article add and remove in Discord. Answers
// change within seconds while other questions keep being answered. Waits are generous; nothing is timed.

const HTML = readFileSync(new URL('../fixtures/html/news-jsonld.html', import.meta.url), 'utf8');
const MANAGE_SERVER = String(1n << 5n);

let sim: DiscordSimulator;
let pages: Server;
let pagesUrl: string;
let work: string;
let articles: string;
let bot: ChildProcess;
let log = '';

beforeAll(async () => {
	pages = createServer((req, res) => {
		if (req.url === '/attachments/10/20/harbour-notes.md') {
			return res.writeHead(200, { 'content-type': 'text/markdown' }).end(article('Attached and answered', 'Harbour notes'));
		}
		if (req.url === '/news/port-strike') return res.writeHead(200, { 'content-type': 'text/html' }).end(HTML);
		res.writeHead(404).end();
	});
	pages.listen(0, '127.0.0.1');
	await once(pages, 'listening');
	pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
	sim = await DiscordSimulator.start();
	work = mkdtempSync(join(tmpdir(), 'factdesk-live-'));
	articles = join(work, 'articles');
	mkdirSync(articles);
	for (const seed of ['000_8c1fbb3da2cb962a.md', '004_b5a572f0b3c5c2ae.md']) copyFileSync(join('data/articles', seed), join(articles, seed));
	bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
		cwd: new URL('../..', import.meta.url),
		env: {
			PATH: process.env.PATH ?? '',
			DISCORD_TOKEN: TOKEN,
			DISCORD_API_URL: sim.apiUrl,
			ARTICLES_DIR: articles,
			FACTS_FILE: join(work, 'factdesk.db'),
			ARTICLE_FETCH_ALLOW_LOOPBACK: '1',
			LOG_LEVEL: 'info',
		},
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	bot.stderr!.on('data', (d) => (log += String(d)));
	await once(sim.gateway, 'identify');
	while (!log.includes('"event":"watching the articles folder"')) await new Promise((resolve) => setTimeout(resolve, 100));
}, 120_000);

afterAll(async () => {
	if (bot && bot.exitCode === null) {
		bot.kill('SIGTERM');
		await once(bot, 'exit');
	}
	await sim?.close();
	pages?.closeAllConnections();
	pages?.close();
	rmSync(work, { recursive: true, force: true });
});

/** A member of the server; a new one for each question, as in a busy server (each user has their own rate limit). */
const someone = (): SimUser => ({ id: snowflake(), username: 'reader' });

/** The text of the answer to a slash command, deferred or not. */
async function ask(command: string, options: Record<string, string>): Promise<string> {
	const answer = await sim.finalAnswer(await sim.command(command, options, someone()));
	return answer.embeds.map((e: { title?: string; description?: string }) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');
}

/** Asks until the answer passes `test`, asking another question each round that must still be answered; a minute at most. */
async function askUntil(command: string, options: Record<string, string>, test: (text: string) => boolean): Promise<string> {
	for (let round = 0; round < 120; round++) {
		const text = await ask(command, options);
		if (test(text)) return text;
		expect(await ask('quote', { speaker: 'lavrov' })).toContain('There is no place for dictatorship');
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`/${command} never answered as expected`);
}

const saidBy = (quote: string) => (text: string) => text.includes(quote);

describe('a running bot whose articles change', () => {
	it('GIVEN files added, edited, broken and removed in the articles folder THEN answers follow within seconds', async () => {
		expect(await ask('quote', { speaker: 'varga' })).toContain('Nothing found');
		writeFileSync(join(articles, 'strike.md'), article('We got the guarantees we asked for'));
		await askUntil('quote', { speaker: 'varga' }, saidBy('We got the guarantees we asked for'));

		writeFileSync(join(articles, 'strike.md'), article('Nobody wins a dispute like this one'));
		const changed = await askUntil('quote', { speaker: 'varga' }, saidBy('Nobody wins a dispute like this one'));
		expect(changed).not.toContain('We got the guarantees');

		// A broken save is reported in the log; the last good version keeps answering.
		writeFileSync(join(articles, 'strike.md'), '---\ntitle: [broken\n---\n');
		while (!log.includes('"event":"article not loaded","file":"strike.md"')) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(await ask('quote', { speaker: 'varga' })).toContain('Nobody wins a dispute like this one');

		rmSync(join(articles, 'strike.md'));
		await askUntil('quote', { speaker: 'varga' }, saidBy('Nothing found'));
	}, 180_000);

	it('GIVEN /article add with an attached file or a link, and /article remove THEN the archive and the answers change at once', async () => {
		const moderator = someone();
		const admin = { ...apiMember(moderator), permissions: MANAGE_SERVER };
		const url = `${pagesUrl}/attachments/10/20/harbour-notes.md`;
		const attachment = { id: '1234567890123456789', filename: 'harbour-notes.md', size: 300, url, proxy_url: url, content_type: 'text/markdown' };
		const addFile = [{ type: 1, name: 'add', options: [{ type: 11, name: 'file', value: attachment.id }] }];

		// A member without Manage Server is refused, privately.
		const refused = await sim.finalAnswer(await sim.commandWith('article', addFile, { attachments: { [attachment.id]: attachment } }, someone()));
		expect(refused.flags).toBe(64);
		expect(refused.embeds[0].description).toContain('Only members with the Manage Server permission can add articles.');

		const added = await sim.finalAnswer(await sim.commandWith('article', addFile, { attachments: { [attachment.id]: attachment } }, moderator, admin));
		expect(added.embeds[0].title).toBe('Article added');
		expect(added.allowed_mentions).toEqual({ parse: [] });
		expect(readFileSync(join(articles, 'harbour-notes.md'), 'utf8')).toContain('Attached and answered');
		expect(await ask('quote', { speaker: 'varga' })).toContain('Attached and answered');

		const addLink = [{ type: 1, name: 'add', options: [{ type: 3, name: 'link', value: `${pagesUrl}/news/port-strike` }] }];
		const linked = await sim.finalAnswer(await sim.commandWith('article', addLink, undefined, moderator, admin));
		expect(linked.embeds[0].description).toContain('Port strike ends after overnight talks');
		expect(await ask('quote', { speaker: 'chen' })).toContain('Nobody wins a dispute like this one');

		const listed = await sim.finalAnswer(await sim.commandWith('article', [{ type: 1, name: 'list', options: [] }], undefined, moderator, admin));
		expect(listed.embeds[0].description).toContain('harbour-notes');

		const remove = [{ type: 1, name: 'remove', options: [{ type: 3, name: 'article', value: 'harbour-notes' }] }];
		const removed = await sim.finalAnswer(await sim.commandWith('article', remove, undefined, moderator, admin));
		expect(removed.embeds[0].title).toBe('Article removed');
		expect(await ask('quote', { speaker: 'varga' })).not.toContain('Attached and answered');
		expect(await ask('quote', { speaker: 'lavrov' })).toContain('There is no place for dictatorship');
	}, 180_000);
});

describe('npm run serve whose articles change', () => {
	it('GIVEN a file added to the folder and a signed /article add with an attachment THEN both are answered over HTTP', async () => {
		const { publicKey, privateKey } = generateKeyPairSync('ed25519');
		const port = 20_000 + Math.floor(Math.random() * 20_000);
		const served = join(work, 'served');
		mkdirSync(served);
		copyFileSync(join('data/articles', '000_8c1fbb3da2cb962a.md'), join(served, '000.md'));
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/serve.ts'], {
			cwd: new URL('../..', import.meta.url),
			env: {
				PATH: process.env.PATH ?? '',
				DISCORD_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
				DISCORD_API_URL: sim.apiUrl,
				PORT: String(port),
				ARTICLES_DIR: served,
				FACTS_FILE: join(work, 'served.db'),
				ARTICLE_FETCH_ALLOW_LOOPBACK: '1',
				LOG_LEVEL: 'info',
			},
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let err = '';
		child.stderr.on('data', (d) => (err += String(d)));
		try {
			while (!err.includes('"event":"watching the articles folder"')) await new Promise((resolve) => setTimeout(resolve, 100));
			while (!err.includes('"event":"listening"')) await new Promise((resolve) => setTimeout(resolve, 100));
			let n = 0;
			const post = async (data: unknown, permissions = '0') => {
				n += 1;
				const member = { user: { id: String(2e17 + n) }, permissions };
				const body = JSON.stringify({
					id: String(1e18 + n),
					application_id: sim.applicationId,
					type: 2,
					token: `t${n}`,
					channel_id: '1',
					data,
					member,
				});
				const timestamp = String(Math.floor(Date.now() / 1000));
				const headers = {
					'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
					'x-signature-timestamp': timestamp,
				};
				const response = await fetch(`http://127.0.0.1:${port}/interactions`, { method: 'POST', body, headers });
				const res = (await response.json()) as { type: number; data?: { embeds: unknown[] } };
				if (res.type !== 5) return JSON.stringify(res.data?.embeds ?? []);
				const edit = await sim.waitForRequest(
					(c) => c.path.startsWith(`/webhooks/${sim.applicationId}/t${n}`) && (c.method === 'PATCH' || c.method === 'POST'),
				);
				return JSON.stringify(edit.body.embeds);
			};
			const quote = (speaker: string) => post({ name: 'quote', options: [{ name: 'speaker', type: 3, value: speaker }] });

			writeFileSync(join(served, 'strike.md'), article('Served over HTTP as well'));
			for (let round = 0; !(await quote('varga')).includes('Served over HTTP as well'); round++) {
				expect(round).toBeLessThan(120);
				expect(await quote('lavrov')).toContain('There is no place for dictatorship');
				await new Promise((resolve) => setTimeout(resolve, 500));
			}

			const attachment = { id: '99', filename: 'harbour-notes.md', size: 300, url: `${pagesUrl}/attachments/10/20/harbour-notes.md`, proxy_url: 'x' };
			const options = [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: '99' }] }];
			const add = { name: 'article', options, resolved: { attachments: { 99: attachment } } };
			expect(await post(add)).toContain('Only members with the Manage Server permission can add articles.');
			expect(await post(add, MANAGE_SERVER)).toContain('Article added');
			expect(await quote('varga')).toContain('Attached and answered');
		} finally {
			child.kill('SIGTERM');
			await once(child, 'exit');
		}
	}, 180_000);
});

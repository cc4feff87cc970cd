import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../../commands/index.js';
import { MANAGE_GUILD } from '../../commands/article.js';
import { answerLine } from '../../src/cli/console.js';
import { parseLine } from '../../src/cli/console-line.js';
import { createRouter, type Incoming } from '../../src/discord/router.js';
import { ingest } from '../../src/facts/build-folder.js';
import { quotes } from '../../src/facts/queries.js';
import { type FactStore, MemoryFactStore } from '../../src/facts/store.js';
import { FolderArchive } from '../../src/live/archive.js';
import { DEFAULT_FETCH_LIMITS } from '../../src/live/fetch-page.js';
import { LiveArchive, MemoryRebuild } from '../../src/live/watch.js';
import { silentLogger } from '../../src/log.js';
import { expectWithinLimits } from '../answer/embed-limits.js';
import { article, articleIds, servePages } from './helpers.js';

// /article through the router, on a real folder, fetching from a local server on 127.0.0.1.

const HTML = readFileSync(new URL('../fixtures/html/news-jsonld.html', import.meta.url), 'utf8');
const ADMIN = String(MANAGE_GUILD | 1n);
const MEMBER = String(1n << 10n);

let stopPages: () => void;
let base: string;
let dir: string;
let live: LiveArchive;
const holder: { store: FactStore } = { store: null as unknown as FactStore };
let route: ReturnType<typeof createRouter>;

beforeAll(async () => {
	({ base, close: stopPages } = await servePages((req, res) => {
		if (req.url === '/news/port-strike') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
		if (req.url === '/attachments/1/2/strike-notes.md') {
			return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(article('We got the guarantees', 'Strike notes'));
		}
		if (req.url === '/attachments/1/3/broken.md') return res.writeHead(200).end('no front matter here');
		if (req.url === '/attachments/1/4/photo.png') return res.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
		if (req.url === '/login') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><form>Log in</form></body></html>');
		res.writeHead(404).end();
	}));
	dir = mkdtempSync(join(tmpdir(), 'factdesk-article-'));
	copyFileSync('data/articles/004_b5a572f0b3c5c2ae.md', join(dir, '004.md'));
	holder.store = new MemoryFactStore(ingest(dir).facts);
	live = new LiveArchive({ dir, applier: new MemoryRebuild(dir, holder, silentLogger), log: silentLogger, debounceMs: 100 });
	await live.start();
	const archive = new FolderArchive({ dir, fetch: { ...DEFAULT_FETCH_LIMITS, allowLoopback: true }, permission: MANAGE_GUILD, live });
	route = createRouter({
		commands: commandsByName,
		ctx: {
			get store() {
				return holder.store;
			},
			archive,
		},
		log: silentLogger,
	});
});
afterAll(() => {
	live.stop();
	stopPages();
	rmSync(dir, { recursive: true, force: true });
});

const run = async (options: Record<string, string>, permissions = ADMIN) => {
	const incoming: Incoming = { kind: 'command', id: '1', userId: '123456789012345678', command: 'article', options, permissions };
	const routed = await route(incoming);
	if (routed.outgoing.type !== 'reply') throw new Error('expected a reply');
	expectWithinLimits(routed.outgoing.payload);
	const embed = routed.outgoing.payload.embeds[0]!;
	const text = `${embed.title ?? ''}\n${embed.description ?? ''}\n${embed.footer?.text ?? ''}`;
	return { outcome: routed.outcome, ephemeral: routed.outgoing.payload.flags === 64, text };
};

describe('/article', () => {
	it('GIVEN a member without Manage Server THEN adding and removing are refused, ephemerally, and nothing is fetched or changed', async () => {
		const files = readdirSync(dir);
		const add = await run({ subcommand: 'add', link: `${base}/news/port-strike` }, MEMBER);
		expect(add).toMatchObject({ outcome: 'not-found', ephemeral: true });
		expect(add.text).toContain('Only members with the Manage Server permission can add articles.');
		expect((await run({ subcommand: 'remove', article: '004' }, MEMBER)).text).toContain(
			'Only members with the Manage Server permission can remove articles.',
		);
		expect(readdirSync(dir)).toEqual(files);
	});

	it('GIVEN a link to a news page THEN it is stored as a .md article and answerable in the same reply', async () => {
		const added = await run({ subcommand: 'add', link: `${base}/news/port-strike` });
		expect(added.outcome).toBe('ok');
		expect(added.text).toContain('Article added');
		expect(added.text).toContain('Port strike ends after overnight talks');
		expect(added.text).toContain('The Harbour Gazette');
		expect(added.text).toContain('2024-03-14-port-strike-ends-after-overnight-talks');
		expect(readFileSync(join(dir, '2024-03-14-port-strike-ends-after-overnight-talks.md'), 'utf8')).toContain(`# Imported from ${base}/news/port-strike`);
		const varga = await quotes(holder.store, 'Elena Varga');
		expect(varga.items[0]?.text).toBe('This agreement gives our members the safety guarantees they asked for from the first day,');
		// The same page again replaces it.
		expect((await run({ subcommand: 'add', link: `${base}/news/port-strike` })).text).toContain('Article replaced');
	});

	it('GIVEN an attached .md file THEN it is stored unchanged under its own name', async () => {
		const added = await run({ subcommand: 'add', file: `${base}/attachments/1/2/strike-notes.md` });
		expect(added.text).toContain('Strike notes');
		expect(readFileSync(join(dir, 'strike-notes.md'), 'utf8')).toBe(article('We got the guarantees', 'Strike notes'));
		expect(await articleIds(holder.store)).toContain('strike-notes');
	});

	it.each([
		[{ subcommand: 'add', file: '/attachments/1/3/broken.md' }, 'broken.md: no YAML front matter'],
		[{ subcommand: 'add', file: '/attachments/1/4/photo.png' }, 'a .png is not an article: attach a .md, .txt or .html file'],
		[{ subcommand: 'add', link: '/login' }, 'no article text found on the page'],
		[{ subcommand: 'add', link: '/missing' }, 'the server answered 404'],
		[{ subcommand: 'add', link: 'ftp://example.com/story.md' }, 'only http and https links can be fetched'],
		[{ subcommand: 'add' }, 'Give exactly one: a file (.md, .txt or .html) or a link to a web page.'],
		[{ subcommand: 'remove', article: 'no-such-article' }, 'No article "no-such-article" in the archive.'],
	])('GIVEN %j THEN a clear, ephemeral reason and the archive unchanged', async (options, reason) => {
		const files = readdirSync(dir).sort();
		const withBase = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, v.startsWith('/') ? `${base}${v}` : v]));
		const result = await run(withBase);
		expect(result.ephemeral).toBe(true);
		expect(result.text).toContain(reason);
		expect(readdirSync(dir).sort()).toEqual(files);
	});

	it('lists the articles, newest first, and removes one by id: its facts go with the file', async () => {
		const listed = await run({ subcommand: 'list' }, MEMBER);
		expect(listed.outcome).toBe('ok');
		expect(listed.text).toMatch(/Vladimir Putin and Xi Jinping[\s\S]*Port strike ends/);
		const removed = await run({ subcommand: 'remove', article: 'strike-notes' });
		expect(removed.text).toContain('strike-notes.md is out of the archive');
		expect(existsSync(join(dir, 'strike-notes.md'))).toBe(false);
		expect(await articleIds(holder.store)).not.toContain('strike-notes');
	});

	it.each([
		['/article list', { subcommand: 'list' }],
		['/article remove 2024-03-14-port-strike', { subcommand: 'remove', article: '2024-03-14-port-strike' }],
		['/article add https://example.com/story', { subcommand: 'add', link: 'https://example.com/story' }],
		['/article add file:https://cdn.example/a.md', { subcommand: 'add', file: 'https://cdn.example/a.md' }],
	])('the console reads %j as the subcommand and its own options', (line, options) => {
		expect(parseLine(line, commandsByName)).toEqual({ ok: true, command: 'article', options });
	});

	it('at the console (no archive) says how to add articles instead; /article list still answers', async () => {
		const ctx = { store: holder.store };
		expect((await answerLine('/article add link:https://example.com/a', commandsByName, ctx)).text).toContain('copy files into the articles folder');
		expect((await answerLine('/article list', commandsByName, ctx)).text).toContain('Articles in the archive');
	});
});

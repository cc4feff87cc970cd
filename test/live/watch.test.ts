import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/build-folder.js';
import { quotes } from '../../src/facts/queries.js';
import { type FactStore, MemoryFactStore } from '../../src/facts/store.js';
import { LiveArchive, MemoryRebuild, isArticleFileName } from '../../src/live/watch.js';
import { createLogger } from '../../src/log.js';
import { article, articleIds, eventually } from './helpers.js';

// The folder watcher on a real folder: files are written as people and editors write them, and the store the
// commands read follows. Waits are generous (the machine is shared); nothing is timed.

const SEED = 'data/articles/004_b5a572f0b3c5c2ae.md';

const vargaSays = async (store: FactStore) => (await quotes(store, 'varga')).items.map((i) => i.text);

describe('LiveArchive', () => {
	let dir: string;
	let holder: { store: FactStore };
	let live: LiveArchive;
	const logs: Record<string, unknown>[] = [];

	beforeEach(async () => {
		dir = mkdtempSync(join(tmpdir(), 'factdesk-watch-'));
		copyFileSync(SEED, join(dir, '004.md'));
		holder = { store: new MemoryFactStore(ingest(dir).facts) };
		logs.length = 0;
		const log = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line)) });
		live = new LiveArchive({ dir, applier: new MemoryRebuild(dir, holder, log), log, debounceMs: 100 });
		await live.start();
	});
	afterEach(() => {
		live.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('GIVEN a new, then a changed, then a removed file THEN its facts appear, change and go, and the other articles keep answering', async () => {
		const before = holder.store;
		writeFileSync(join(dir, 'strike.md'), article('We got the guarantees we asked for'));
		await eventually(async () => (await vargaSays(holder.store)).includes('We got the guarantees we asked for,'), 'the new quote is answered');
		expect(holder.store).not.toBe(before);
		expect((await quotes(holder.store, 'xi')).items.length).toBeGreaterThan(0);

		writeFileSync(join(dir, 'strike.md'), article('Nobody wins a dispute like this one'));
		await eventually(async () => (await vargaSays(holder.store)).includes('Nobody wins a dispute like this one,'), 'the changed quote is answered');
		expect(await vargaSays(holder.store)).not.toContain('We got the guarantees we asked for,');

		rmSync(join(dir, 'strike.md'));
		await eventually(async () => (await quotes(holder.store, 'varga')).notFound !== null, 'the removed article is no longer answered');
		expect((await quotes(holder.store, 'xi')).items.length).toBeGreaterThan(0);
		expect(logs.filter((l) => l.event === 'articles reloaded').map((l) => [l.added, l.changed, l.removed])).toEqual([
			[['strike.md'], [], []],
			[[], ['strike.md'], []],
			[[], [], ['strike.md']],
		]);
	});

	it('GIVEN a file that becomes malformed THEN it is reported and its previous version keeps serving', async () => {
		writeFileSync(join(dir, 'strike.md'), article('We got the guarantees we asked for'));
		await eventually(async () => (await vargaSays(holder.store)).length > 0, 'the article is answered');
		writeFileSync(join(dir, 'strike.md'), '---\ntitle: [unclosed\n---\nBody.\n');
		await eventually(() => live.problems().some((p) => p.file === 'strike.md'), 'the problem is reported');
		expect(live.problems()[0]!.reason).toContain('front matter is not valid YAML');
		expect(logs.find((l) => l.event === 'article not loaded')).toMatchObject({
			file: 'strike.md',
			reason: expect.stringContaining('front matter is not valid YAML'),
		});
		expect(await vargaSays(holder.store)).toContain('We got the guarantees we asked for,');

		// Fixed again: served, and no longer a problem.
		writeFileSync(join(dir, 'strike.md'), article('Now it reads again'));
		await eventually(async () => (await vargaSays(holder.store)).includes('Now it reads again,'), 'the fixed article is answered');
		expect(live.problems()).toEqual([]);
	});

	it('GIVEN an editor saving by temporary file and rename, with backup and swap files beside THEN only the article is read', async () => {
		writeFileSync(join(dir, '.strike.md.swp'), 'binary\u0000swap');
		writeFileSync(join(dir, 'strike.md~'), 'old backup');
		writeFileSync(join(dir, '4913'), '');
		writeFileSync(join(dir, '.strike.md.tmp'), article('Saved by rename'));
		renameSync(join(dir, '.strike.md.tmp'), join(dir, 'strike.md'));
		await eventually(async () => (await vargaSays(holder.store)).includes('Saved by rename,'), 'the renamed article is answered');
		expect(live.problems()).toEqual([]);
		expect((await articleIds(holder.store)).sort()).toEqual(['004', 'strike']);
	});

	it('refresh() resolves once the store reflects the folder', async () => {
		writeFileSync(join(dir, 'strike.md'), article('Answered at once'));
		await live.refresh();
		expect(await vargaSays(holder.store)).toContain('Answered at once,');
	});

	it('GIVEN a file written THEN the applier is told its name, so that it need not look at every other file', async () => {
		live.stop();
		const told: (readonly string[] | undefined)[] = [];
		const inner = new MemoryRebuild(dir, holder, createLogger({ level: 'error' }));
		const applier = { problems: () => inner.problems(), apply: (swap: boolean, only?: readonly string[]) => (told.push(only), inner.apply(swap)) };
		live = new LiveArchive({ dir, applier, log: createLogger({ level: 'error' }), debounceMs: 100 });
		await live.start();
		writeFileSync(join(dir, 'strike.md'), article('Named by the watch'));
		await eventually(async () => (await vargaSays(holder.store)).includes('Named by the watch,'), 'the new quote is answered');
		expect(told[0]).toBeUndefined();
		expect(told.slice(1)).toContainEqual(['strike.md']);
	});

	it.each([
		['story.md', true],
		['story.TXT', true],
		['.story.md', false],
		['story.md~', false],
		['.story.md.swp', false],
		['4913', false],
		['story.html', false],
	])('isArticleFileName(%j) = %j', (name, is) => expect(isArticleFileName(name)).toBe(is));
});

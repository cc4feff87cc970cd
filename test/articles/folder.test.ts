import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../src/articles/folder.js';
import { ingest } from '../../src/facts/build-folder.js';

const parent = mkdtempSync(join(tmpdir(), 'factdesk-folder-'));
const dir = join(parent, 'articles');
const outside = join(parent, 'articles-outside');
mkdirSync(dir);
mkdirSync(outside);
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('listArticleFiles', () => {
	it('GIVEN entries that are not regular files, links out of the folder or not articles THEN each is skipped with its reason; the articles are read', () => {
		writeFileSync(join(dir, 'good.txt'), 'A pasted article\n\nPublished: 2024-05-16\n\nMinister Jane Doe met Prime Minister John Roe in Paris.\n');
		writeFileSync(join(dir, 'notes.json'), '{}');
		writeFileSync(join(dir, 'README'), 'An article without an extension\n\nPublished: 2024-05-16\n\nSome text.\n');
		writeFileSync(join(outside, 'secret.md'), '---\ntitle: "Not for the bot"\npublished: 2024-05-16\n---\nA file outside the folder.\n');
		symlinkSync(join(outside, 'secret.md'), join(dir, 'outside.md'));
		symlinkSync('../articles-outside/secret.md', join(dir, 'relative.md'));
		writeFileSync(join(dir, '.draft.md'), 'x');
		mkdirSync(join(dir, 'x.md'));
		symlinkSync(join(dir, 'missing.md'), join(dir, 'dangling.md'));
		symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
		symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
		symlinkSync(join(dir, 'good.txt'), join(dir, 'linked.txt'));
		execFileSync('mkfifo', [join(dir, 'p.md')]);

		expect(listArticleFiles(dir)).toEqual({
			files: [join(dir, 'good.txt'), join(dir, 'linked.txt')],
			problems: [
				{ file: 'README', reason: 'it is not an article file: articles end in .md or .txt' },
				{ file: 'dangling.md', reason: 'it is a symbolic link to nothing' },
				{ file: 'loop-a.md', reason: 'it is a symbolic link that loops' },
				{ file: 'loop-b.md', reason: 'it is a symbolic link that loops' },
				{ file: 'notes.json', reason: 'it is not an article file: articles end in .md or .txt' },
				{ file: 'outside.md', reason: 'it is a symbolic link to a file outside the articles folder; copy the file in instead' },
				{ file: 'p.md', reason: 'it is a named pipe, not a file' },
				{ file: 'relative.md', reason: 'it is a symbolic link to a file outside the articles folder; copy the file in instead' },
				{ file: 'x.md', reason: 'it is a folder, not a file' },
			],
		});
		// The whole ingest goes on: the FIFO is never opened, so nothing hangs.
		const { facts, problems } = ingest(dir);
		expect(facts.articles.map((a) => a.id).sort()).toEqual(['good', 'linked']);
		expect(problems.map((p) => p.file)).toEqual([
			'README',
			'dangling.md',
			'loop-a.md',
			'loop-b.md',
			'notes.json',
			'outside.md',
			'p.md',
			'relative.md',
			'x.md',
		]);
	});
});

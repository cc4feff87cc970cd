import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../src/articles/folder.js';
import { ingest } from '../../src/facts/load.js';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listArticleFiles', () => {
	it('GIVEN entries that are not regular files THEN each is skipped with its reason and the real articles are still read', () => {
		writeFileSync(join(dir, 'good.txt'), 'A pasted article\n\nPublished: 2024-05-16\n\nMinister Jane Doe met Prime Minister John Roe in Paris.\n');
		writeFileSync(join(dir, 'notes.json'), '{}');
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
				{ file: 'dangling.md', reason: 'it is a symbolic link to nothing' },
				{ file: 'loop-a.md', reason: 'it is a symbolic link that loops' },
				{ file: 'loop-b.md', reason: 'it is a symbolic link that loops' },
				{ file: 'p.md', reason: 'it is a named pipe, not a file' },
				{ file: 'x.md', reason: 'it is a folder, not a file' },
			],
		});
		// The whole ingest goes on: the FIFO is never opened, so nothing hangs.
		const { facts, problems } = ingest(dir);
		expect(facts.articles.map((a) => a.id).sort()).toEqual(['good', 'linked']);
		expect(problems.map((p) => p.file)).toEqual(['dangling.md', 'loop-a.md', 'loop-b.md', 'p.md', 'x.md']);
	});
});

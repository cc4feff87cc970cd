import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/articles/errors.js';
import { MAX_ARTICLE_BYTES, readArticle } from '../../src/articles/read.js';
import { WSJ_ID, WSJ_METADATA } from '../seed-articles.js';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

/** The error readArticle throws, as a plain object. */
function problem(path: string): { file: string; reason: string } {
	try {
		readArticle(path);
	} catch (error) {
		if (error instanceof ArticleError) return { file: error.file, reason: error.reason };
		throw error;
	}
	throw new Error(`${path} was read without error`);
}

const FRONT = '---\ntitle: "Russia, China Bolster Ties"\npublished: 2024-04-10\n---\n';

describe('readArticle: markdown with front matter', () => {
	it('GIVEN the seed repost THEN its metadata and the body as paragraphs, the commentary paragraph numbered', () => {
		const article = readArticle('data/articles/000_8c1fbb3da2cb962a.md');
		expect({ ...article, body: undefined, paragraphs: article.paragraphs.length }).toEqual({
			id: WSJ_ID,
			file: `${WSJ_ID}.md`,
			...WSJ_METADATA,
			via: expect.stringMatching(/blog/i),
			language: 'en',
			commentary: [18],
			body: undefined,
			paragraphs: 18,
		});
		const last = article.paragraphs[17]!;
		expect(article.body.slice(last.start, last.end)).toBe(
			"Listen, kids, sanctions against big countries, and especially their blocs, don't work. " +
				'Find another, more interesting game than the fourteenth set of sanctions.',
		);
	});

	it('GIVEN CRLF line ends and several blank lines THEN paragraphs joined by one blank line, offsets into the body', () => {
		const article = readArticle(file('crlf.md', `${FRONT.replace(/\n/g, '\r\n')}First paragraph.\r\n\r\n\r\nSecond one.\r\n`));
		expect(article.body).toBe('First paragraph.\n\nSecond one.');
		expect(article.paragraphs).toEqual([
			{ start: 0, end: 16 },
			{ start: 18, end: 29 },
		]);
	});

	it('GIVEN optional fields left empty THEN the article does not give them, and it is read', () => {
		expect(readArticle(file('empty-fields.md', '---\ntitle: T\npublished: 2024-04-10\noutlet: ""\nurl: ""\nvia: " "\n---\nBody.\n'))).toMatchObject({
			outlet: null,
			url: null,
			via: null,
			body: 'Body.',
		});
	});

	it('GIVEN published: null or left out (the page gives no date) THEN the article is read without a date', () => {
		expect(readArticle(file('no-date-given.md', '---\ntitle: T\npublished: null\n---\nBody.\n'))).toMatchObject({ published: null, body: 'Body.' });
		expect(readArticle(file('no-date-key.md', '---\ntitle: T\n---\nBody.\n'))).toMatchObject({ published: null, body: 'Body.' });
	});

	// Front matter written by other tools: other names for the fields, one string of authors, timestamps, extra keys.
	it.each([
		['author: "Jane Doe"', { authors: ['Jane Doe'] }],
		['authors: "Jane Doe and John Roe"', { authors: ['Jane Doe', 'John Roe'] }],
		['byline: Jane Doe, John Roe', { authors: ['Jane Doe', 'John Roe'] }],
		['byline: Jane Doe, Reuters', { authors: ['Jane Doe'], cites: ['Reuters'] }],
		['source: https://example.com/story', { url: 'https://example.com/story', outlet: null }],
		['authors: null', { authors: [] }],
		['date: 2024-05-16', { published: '2024-05-16' }],
		['Date: 2024-05-16T10:00:00Z', { published: '2024-05-16' }],
		['published: "May 16, 2024"', { published: '2024-05-16' }],
		['published: 16 May 2024', { published: '2024-05-16' }],
		['publisher: Reuters', { outlet: 'Reuters' }],
		['source: "The Times"', { outlet: 'The Times' }],
		['Title: Other', { title: 'Other' }],
		['link: https://example.com/a', { url: 'https://example.com/a' }],
		['headline: Other', { title: 'Other' }],
		['datePublished: 2024-05-16T08:00:00+09:00', { published: '2024-05-16' }],
		['publish_date: "20240516"', { published: '2024-05-16' }],
		['byline: "By Jane Doe"', { authors: ['Jane Doe'] }],
		['site_name: Harbour Gazette\ncanonical_url: https://example.com/b', { outlet: 'Harbour Gazette', url: 'https://example.com/b' }],
		['tags: [world, trade]\ncategory: news', { title: 'T', published: null }],
		['published: 2024-05-16\ndate: 2020-01-01', { published: '2024-05-16' }],
	])('GIVEN front matter %j THEN it reads as %j', (lines, expected) => {
		const title = /^(?:Title|headline)/.test(lines) ? '' : 'title: T\n';
		expect(readArticle(file('other-tool.md', `---\n${title}${lines}\n---\nBody.\n`))).toMatchObject(expected);
	});

	it('GIVEN a byte-order mark THEN it is not part of the front matter', () => {
		expect(readArticle(file('bom.md', `\uFEFF${FRONT}Body.`)).title).toBe('Russia, China Bolster Ties');
	});
});

describe('readArticle: malformed articles are reported with the file name and the reason', () => {
	it.each([
		['no-front.md', 'no YAML front matter (a block between two --- lines at the top)', 'Just a body.\n'],
		['no-title.md', 'title: missing', '---\npublished: 2024-04-10\n---\nBody.\n'],
		['blank-title.md', 'title: title is empty', '---\ntitle: "  "\npublished: 2024-04-10\n---\nBody.\n'],
		['word-date.md', 'published: expected an ISO date YYYY-MM-DD', '---\ntitle: T\npublished: April 2024\n---\nBody.\n'],
		['empty-body.md', 'the body is empty', `${FRONT}\n   \n\n`],
		['bad-url.md', 'url: Invalid URL', '---\ntitle: T\npublished: 2024-04-10\nurl: not a url\n---\nBody.\n'],
		['commentary.md', 'commentary paragraph 3 does not exist', '---\ntitle: T\npublished: 2024-04-10\ncommentary: [3]\n---\nOne.\n\nTwo.\n'],
		['notes.pdf', 'unsupported extension (use .md or .txt)', 'x'],
		['bad name!.md', 'the file name may only contain letters, digits, ".", "_" and "-"', FRONT],
	])('GIVEN %s THEN the reason %j', (name, reason, content) => {
		expect(problem(file(name, content))).toEqual({ file: name, reason });
	});

	it('GIVEN front matter that is not YAML THEN the YAML error is in the reason', () => {
		expect(problem(file('bad-yaml.md', '---\ntitle: [unclosed\n---\nBody.\n'))).toEqual({
			file: 'bad-yaml.md',
			reason: expect.stringMatching(/^front matter is not valid YAML \(.+\)$/),
		});
	});

	it('GIVEN a date that does not exist (2024-13-45) THEN it is rejected as invalid', () => {
		expect(problem(file('impossible-date.md', '---\ntitle: T\npublished: 2024-13-45\n---\nBody.\n'))).toEqual({
			file: 'impossible-date.md',
			reason: expect.stringContaining('published'),
		});
	});

	it('GIVEN a pasted article whose date line is impossible (Published: 2024-02-30) THEN it is rejected, not ingested', () => {
		expect(problem(file('feb30.txt', 'Title\n\nPublished: 2024-02-30\n\nBody text here.'))).toEqual({
			file: 'feb30.txt',
			reason: 'published: 2024-02-30 is not a real date',
		});
		expect(problem(file('feb30-words.txt', 'Title\n\nFebruary 30, 2023\n\nBody text here.'))).toEqual({
			file: 'feb30-words.txt',
			reason: 'published: 2023-02-30 is not a real date',
		});
		expect(readArticle(file('feb29.txt', 'Title\n\nPublished: 2024-02-29\n\nBody text here.')).published).toBe('2024-02-29');
	});

	it('GIVEN a binary file THEN "binary", and bytes that are not UTF-8 THEN "not valid UTF-8"', () => {
		expect(problem(file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))).toEqual({
			file: 'image.txt',
			reason: 'file is binary, not text',
		});
		expect(problem(file('latin1.txt', Buffer.from('Title\n\nCaf\xe9 society.', 'latin1')))).toEqual({
			file: 'latin1.txt',
			reason: 'file is not valid UTF-8 text',
		});
	});

	it('GIVEN a file over the size limit THEN "too large", before it is read', () => {
		expect(problem(file('huge.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a')))).toEqual({
			file: 'huge.txt',
			reason: `file is too large (${MAX_ARTICLE_BYTES + 1} bytes, limit ${MAX_ARTICLE_BYTES})`,
		});
	});
});

describe('readArticle: pasted .txt articles', () => {
	it('GIVEN a title line, a byline, a date line and a URL THEN they become metadata and the rest is the body', () => {
		const article = readArticle(
			file(
				'pasted.txt',
				'Putin and Xi promise a new era\n\nBy Jane Doe and John Roe\n\nMay 16, ' +
				'2024\n\nhttps://example.com/news/1\n\nXi welcomed Putin in Beijing.\n\n' +
					'"We are partners," Xi said.\n',
			),
		);
		expect(article).toEqual({
			id: 'pasted',
			file: 'pasted.txt',
			title: 'Putin and Xi promise a new era',
			outlet: null,
			authors: ['Jane Doe', 'John Roe'],
			published: '2024-05-16',
			url: 'https://example.com/news/1',
			page: null,
			via: null,
			cites: [],
			language: 'en',
			commentary: [],
			body: 'Xi welcomed Putin in Beijing.\n\n"We are partners," Xi said.',
			paragraphs: [
				{ start: 0, end: 29 },
				{ start: 31, end: 58 },
			],
		});
	});

	it('GIVEN "Published: 16 May 2024" or an ISO date THEN the date; GIVEN none THEN published is null, not guessed', () => {
		expect(readArticle(file('dayfirst.txt', 'Title\n\nPublished: 16 May 2024\n\nBody text here.')).published).toBe('2024-05-16');
		expect(readArticle(file('iso.txt', 'Title\nDate: 2024-05-16\nBody text here.')).published).toBe('2024-05-16');
		expect(readArticle(file('undated.txt', 'Title\n\nBody text here.\n\nMore text.'))).toMatchObject({
			published: null,
			authors: [],
			body: 'Body text here.\n\nMore text.',
		});
	});

	it('GIVEN a byline naming a wire service, above a date in the same paragraph THEN the author, the cited agency and the date', () => {
		expect(readArticle(file('wire.txt', 'Talks in Rome\n\nBy John Smith, Reuters\nApril 10, 2024\n\nMinisters met in Rome.\n'))).toMatchObject({
			authors: ['John Smith'],
			cites: ['Reuters'],
			published: '2024-04-10',
			body: 'Ministers met in Rome.',
		});
	});

	it('GIVEN lines separated by single newlines only THEN each line is a paragraph', () => {
		expect(readArticle(file('lines.txt', 'Title\nFirst line.\nSecond line.\n')).body).toBe('First line.\n\nSecond line.');
	});

	it('GIVEN an empty first line or only a title THEN the reason says which', () => {
		expect(problem(file('no-title.txt', '\nBody.'))).toEqual({ file: 'no-title.txt', reason: 'the first line (the title) is empty' });
		expect(problem(file('title-only.txt', 'Just a title\n'))).toEqual({ file: 'title-only.txt', reason: 'the body is empty' });
	});
});

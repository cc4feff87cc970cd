import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../src/articles/html.js';
import { bylineNames, bylineParts, dayOf } from '../../src/articles/metadata.js';
import { parseArticle } from '../../src/articles/read.js';
import { articleMarkdown, articleSlug } from '../../src/articles/write.js';
import { buildFacts } from '../../src/extract/build.js';

const page = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');

describe('articleFromHtml', () => {
	const article = articleFromHtml(page('news-jsonld.html'), { file: 'news-jsonld.html', pageUrl: 'https://harbour-gazette.example/p?id=7' });

	it('GIVEN a news page with JSON-LD THEN the metadata comes from what the page declares, each with its place', () => {
		expect(article).toMatchObject({
			title: 'Port strike ends after overnight talks',
			outlet: 'The Harbour Gazette',
			// The organisation credited beside the writers is the outlet, not an author.
			authors: ['Maria Lopez', 'Tom Okafor'],
			// 22:40 at UTC-5 is the 14th where it was written, the 15th in UTC: the page's own day is kept.
			published: '2024-03-14',
			url: 'https://harbour-gazette.example/news/2024/03/14/port-strike-ends',
			language: 'en',
		});
		expect(article.from).toEqual({
			title: 'json-ld headline',
			outlet: 'json-ld publisher',
			authors: 'json-ld author',
			published: 'json-ld datePublished',
			url: 'link canonical',
		});
	});

	it('GIVEN page chrome (menu, share links, caption, related stories, comments, footer) THEN only the article paragraphs remain, verbatim', () => {
		expect(article.paragraphs[0]).toBe(
			"Dock workers at the city's container port will return to work on Friday after union leaders and the port authority reached a deal in talks " +
				'that ran through the night, ending a strike that had stranded 40 ships.',
		);
		expect(article.paragraphs).toContain(
			'Port authority chairman David Chen said the strike had cost the port about $12 million a day. "Nobody wins a dispute like this one," he said. ' +
				'"We are glad it is over."',
		);
		expect(article.paragraphs.at(-1)).toBe('Shipping companies warned that clearing the backlog of containers would take at least a week.');
		const text = article.paragraphs.join('\n');
		for (const chrome of ['Subscribe', 'Share on', 'Cranes stood idle', 'Related stories', 'Ferry fares', 'Log in to comment', 'All rights reserved'])
			expect(text).not.toContain(chrome);
	});

	it('GIVEN only meta tags THEN the byline splits into people, the relative canonical link resolves against the page address', () => {
		const meta = articleFromHtml(page('meta-only.html'), { file: 'meta-only.html', pageUrl: 'https://courier.example/story/123' });
		expect(meta).toMatchObject({
			title: 'Council approves river bridge budget',
			outlet: 'Valley Courier',
			authors: ['Jane Doe', 'John Roe'],
			published: '2023-11-02',
			url: 'https://courier.example/local/council-bridge-budget',
		});
		expect(meta.paragraphs).toHaveLength(3);
		expect(meta.paragraphs.join(' ')).not.toContain('Front page');
	});

	it('GIVEN a byline crediting a wire service THEN the person is the author and the agency a source the article cites', () => {
		const wire = page('meta-only.html').replace('By Jane Doe and John Roe', 'By Jane Doe, Reuters');
		expect(articleFromHtml(wire, { file: 'wire.html' })).toMatchObject({ authors: ['Jane Doe'], cites: ['Reuters'] });
		expect(articleMarkdown(articleFromHtml(wire, { file: 'wire.html' }), null)).toContain('cites: ["Reuters"]');
	});

	it('GIVEN a page that names no outlet, author or date THEN they stay empty: nothing is guessed from the address', () => {
		const bare = articleFromHtml(page('no-metadata.html'), { file: 'no-metadata.html', pageUrl: 'https://harbour-notes.example/2024/dawn' });
		expect(bare).toMatchObject({
			title: 'Notes from the harbour',
			outlet: null,
			authors: [],
			published: null,
			url: 'https://harbour-notes.example/2024/dawn',
		});
		expect(bare.from.url).toBe('the address it was fetched from');
	});

	it.each([
		['', 'the page is empty'],
		['   \n ', 'the page is empty'],
		['Just some words, no markup at all.', 'this is not an HTML page'],
		[page('no-article.html'), 'no article text found on the page'],
		['<html><body><script>document.write("loading")</script></body></html>', 'no article text found on the page'],
	])('GIVEN a malformed or empty page THEN a clear reason (%#)', (html, reason) => {
		expect(() => articleFromHtml(html, { file: 'page.html' })).toThrow(reason);
	});
});

describe('metadata helpers', () => {
	it.each([
		['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
		['Par Sébastien Farcis', ['Sébastien Farcis']],
		['Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger']],
		['Lucas Nolan22 Dec 2016651', []],
		['https://example.com/by/jane, jane@example.com', []],
		['Maria Lopez; Tom Okafor | Staff', ['Maria Lopez', 'Tom Okafor', 'Staff']],
	])('bylineNames(%j)', (byline, names) => expect(bylineNames(byline)).toEqual(names));

	it.each([
		['By Jane Doe, Reuters', { authors: ['Jane Doe'], cites: ['Reuters'] }],
		['John Roe and The Associated Press', { authors: ['John Roe'], cites: ['The Associated Press'] }],
		['AFP', { authors: [], cites: ['AFP'] }],
		['Maria Lopez', { authors: ['Maria Lopez'], cites: [] }],
	])('bylineParts(%j)', (byline, parts) => expect(bylineParts(byline)).toEqual(parts));

	it.each([
		['2017-01-13T00:00:04-05:00', '2017-01-13'],
		['2024-03-14T22:40:00-05:00', '2024-03-14'],
		['20170113', '2017-01-13'],
		['2016-02-01 01:28:49', '2016-02-01'],
		['2024-02-30', null],
		['Jan. 13, 2017', '2017-01-13'],
		['16 May 2024', '2024-05-16'],
		['sometime in May', null],
	])('dayOf(%j) = %j', (value, day) => expect(dayOf(value)).toBe(day));
});

describe('an imported page as an article file', () => {
	const article = articleFromHtml(page('news-jsonld.html'), { file: 'news-jsonld.html' });
	const markdown = articleMarkdown(article, 'https://harbour-gazette.example/news/2024/03/14/port-strike-ends');

	it('reads back as the same article: metadata and body', () => {
		const read = parseArticle('port-strike.md', Buffer.from(markdown));
		expect(read).toMatchObject({ title: article.title, outlet: article.outlet, authors: article.authors, published: '2024-03-14', url: article.url });
		expect(read.body).toBe(article.paragraphs.join('\n\n'));
	});

	it('GIVEN hostile metadata (quotes, colons, YAML syntax, line breaks) THEN the front matter still reads back exactly', () => {
		const hostile = { ...article, title: 'Title: "quoted" # not a comment\n- not a list', outlet: "O'Brien & Sons: {news}", authors: ['A "B" C', '- D'] };
		const read = parseArticle('hostile.md', Buffer.from(articleMarkdown(hostile, 'x\ny')));
		expect(read).toMatchObject({ title: hostile.title, outlet: hostile.outlet, authors: hostile.authors });
	});

	it('GIVEN a page without a date THEN the file says so (published: null) and still reads', () => {
		const bare = articleFromHtml(page('no-metadata.html'), { file: 'no-metadata.html' });
		expect(parseArticle('bare.md', Buffer.from(articleMarkdown(bare, null))).published).toBeNull();
	});

	it('every quote extracted from it is an exact span of the stored text', () => {
		const read = parseArticle('port-strike.md', Buffer.from(markdown));
		const facts = buildFacts([read], 'test');
		expect(facts.quotes.length).toBeGreaterThanOrEqual(3);
		for (const quote of facts.quotes) expect(read.body.slice(quote.span.start, quote.span.end)).toBe(quote.span.text);
		expect(facts.quotes.map((q) => q.speaker)).toContain(facts.entities.find((e) => e.name === 'Elena Varga')?.key);
	});

	it.each([
		['Port strike ends after overnight talks', '2024-03-14', '2024-03-14-port-strike-ends-after-overnight-talks'],
		['Tite diz que errou ao levar taça', null, 'tite-diz-que-errou-ao-levar-taca'],
		['トレンドマイクロ', '2017-03-09', '2017-03-09-article'],
	])('articleSlug(%j, %j)', (title, date, slug) => expect(articleSlug(title, date)).toBe(slug));
});

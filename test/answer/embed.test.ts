import { describe, expect, it } from 'vitest';
import { renderEmbedPage, renderNotFound, renderNotice } from '../../src/answer/embed.js';
import { EPHEMERAL } from '../../src/answer/limits.js';
import { decodePagingId, encodePagingId } from '../../src/discord/custom-id.js';
import { expectWithinLimits } from './embed-limits.js';
import { answer, citation, item } from './fixtures.js';

const paging = (command: string, values: string[]) => (page: number) => encodePagingId({ command, page, userId: '123456789012345678', values });
const description = (a: ReturnType<typeof renderEmbedPage>) => a.embeds[0]?.description ?? '';

describe('renderEmbedPage', () => {
	it('GIVEN a quote THEN it shows a masked-link citation, quotation marks and the sources footer', () => {
		const payload = renderEmbedPage(answer([item('We are ready to talk.')]));
		expect(description(payload)).toContain('**[\\[1\\]](https://example.com/news/1)** **Sergei Lavrov**: “We are ready to talk.”');
		expect(payload.embeds[0]?.footer?.text).toBe('[1] Reuters · Jane Doe · 2025-03-04');
		expect(payload.embeds[0]?.title).toBe('Quotes by Sergei Lavrov');
		expect(payload.flags).toBeUndefined();
		expect(payload.components).toEqual([]);
		expectWithinLimits(payload);
	});

	it('GIVEN a statement THEN it is labelled a paraphrase and never put in quotation marks', () => {
		const payload = renderEmbedPage(answer([item('Russia was ready to talk', { kind: 'statement' })]));
		expect(description(payload)).toContain('**Sergei Lavrov** (paraphrase): Russia was ready to talk');
		expect(description(payload)).not.toMatch(/[“”"]/);
	});

	it('GIVEN a source without URL THEN the citation is plain [n]; outlet null, via and cites appear in the footer', () => {
		const source = citation(1, { url: null, outlet: null, via: 'Example Blog', cites: ['Reuters'], authors: [], page: 'A5' });
		const payload = renderEmbedPage(answer([item('Hello.')], { sources: [source] }));
		expect(description(payload)).toContain('**\\[1\\]** **Sergei Lavrov**');
		expect(payload.embeds[0]?.footer?.text).toBe('[1] outlet not named · 2025-03-04 · p. A5 · via Example Blog · cites Reuters');
	});

	it('GIVEN a non-http URL THEN no link is made', () => {
		const payload = renderEmbedPage(answer([item('x')], { sources: [citation(1, { url: 'javascript:alert(1)' })] }));
		expect(description(payload)).not.toContain('javascript');
	});

	it('GIVEN hostile text THEN Markdown is escaped and mentions are broken', () => {
		const hostile = '`code` **bold** @everyone @here <@123> <@&456> <#789> [link](https://evil.example) # heading';
		const payload = renderEmbedPage(answer([item(hostile, { label: '@everyone' })], { title: '@here `t`', lead: '<@1>' }));
		const text = JSON.stringify(payload.embeds);
		expect(text).not.toMatch(/@everyone|@here|<@\d|<@&|<#/);
		expect(description(payload)).toContain('\\`code\\`');
		expect(description(payload)).toContain('\\*\\*bold\\*\\*');
		expect(description(payload)).toContain('\\[link\\](https://evil.example)');
		expect(payload.allowed_mentions).toEqual({ parse: [] });
	});

	it('GIVEN details THEN they are shown compactly under the item', () => {
		const details = { kind: 'talks', status: 'happened', date: '2025-03-03', 'date as written': 'on Monday', place: 'Beijing', via: 'X', cites: 'AFP' };
		const payload = renderEmbedPage(answer([item('met', { kind: 'meeting', details })]));
		expect(description(payload)).toContain('*talks · happened · 2025-03-03 · date as written: on Monday · Beijing · via X · cites AFP*');
	});

	it('GIVEN a 5,000-character quote THEN it is cut at a word boundary with an ellipsis, within limits', () => {
		const long = 'word '.repeat(1000).trim();
		const payload = renderEmbedPage(answer([item(long)]));
		expectWithinLimits(payload);
		expect(description(payload)).toMatch(/word…”/);
		expect(description(payload)).not.toMatch(/wor…|wo…/);
	});

	it('GIVEN 300 items THEN every page is within limits and the pages cover every item exactly once', () => {
		const items = Array.from({ length: 300 }, (_, i) => item(`Quote number ${i} ${'x'.repeat(i % 50)}`, { cite: (i % 3) + 1 }));
		const a = answer(items, { sources: [citation(1), citation(2), citation(3)] });
		const ids = paging('quote', ['lavrov']);
		const first = renderEmbedPage(a, 0, ids);
		const pages = Number(/Page 1\/(\d+)/.exec(first.embeds[0]?.footer?.text ?? '')?.[1]);
		expect(pages).toBeGreaterThan(1);
		const seen: number[] = [];
		for (let p = 0; p < pages; p++) {
			const payload = renderEmbedPage(a, p, ids);
			expectWithinLimits(payload);
			for (const m of description(payload).matchAll(/Quote number (\d+)/g)) seen.push(Number(m[1]));
		}
		expect(seen).toEqual(items.map((_, i) => i));
	});

	it('GIVEN several pages THEN Previous/Next carry the next pages and round-trip through the custom id', () => {
		const items = Array.from({ length: 20 }, (_, i) => item(`Quote ${i}`));
		const payload = renderEmbedPage(answer(items), 1, paging('quote', ['lavrov', 'trade|x']));
		const [previous, next] = payload.components[0]?.components ?? [];
		expect(decodePagingId(previous?.custom_id ?? '')).toEqual({ command: 'quote', page: 0, userId: '123456789012345678', values: ['lavrov', 'trade|x'] });
		expect(decodePagingId(next?.custom_id ?? '')?.page).toBe(2);
		expect(previous?.disabled).toBe(false);
		expect(payload.embeds[0]?.footer?.text).toContain('Page 2/3 · 20 items');
	});

	it('GIVEN a page beyond the end THEN the last page is shown with Next disabled', () => {
		const items = Array.from({ length: 20 }, (_, i) => item(`Quote ${i}`));
		const payload = renderEmbedPage(answer(items), 99, paging('quote', ['lavrov']));
		expect(payload.components[0]?.components[1]?.disabled).toBe(true);
		expect(description(payload)).toContain('Quote 19');
	});

	it('GIVEN no room for paging state THEN the first page shows a "+N more" note instead of buttons', () => {
		const items = Array.from({ length: 20 }, (_, i) => item(`Quote ${i}`));
		const payload = renderEmbedPage(answer(items), 0, () => null);
		expect(payload.components).toEqual([]);
		expect(description(payload)).toContain('+12 more not shown');
	});
});

describe('omitted items', () => {
	it('GIVEN items the query left out THEN the last page and the footer say how many', () => {
		const items = Array.from({ length: 20 }, (_, i) => item(`Quote ${i}`));
		const a = answer(items, { omitted: 7 });
		const ids = paging('quote', ['lavrov']);
		expect(description(renderEmbedPage(a, 0, ids))).not.toContain('more not shown');
		const last = renderEmbedPage(a, 2, ids);
		expect(description(last)).toContain('*+7 more not shown: narrow the question to see them.*');
		expect(last.embeds[0]?.footer?.text).toContain('Page 3/3 · 20 items (+7 more)');
		expect(description(renderEmbedPage(answer(items.slice(0, 2), { omitted: 3 })))).toContain('+3 more not shown');
	});
});

describe('renderNotFound and renderNotice', () => {
	it('GIVEN nothing found THEN the reply is ephemeral with suggestions', () => {
		const payload = renderEmbedPage(answer([], { notFound: 'No speaker called "lavrof".', suggestions: ['Sergei Lavrov', 'Lavrentiy'] }));
		expect(payload.flags).toBe(EPHEMERAL);
		expect(description(payload)).toContain('No speaker called "lavrof".');
		expect(description(payload)).toContain('**Did you mean:** `Sergei Lavrov`, `Lavrentiy`');
		expect(renderNotFound(answer([], { notFound: 'x' })).components).toEqual([]);
	});

	it('GIVEN an error notice THEN it is ephemeral and mentions nobody', () => {
		const payload = renderNotice('Something went wrong.');
		expect(payload.flags).toBe(EPHEMERAL);
		expect(payload.allowed_mentions).toEqual({ parse: [] });
	});
});

describe('encodePagingId', () => {
	it('GIVEN values too long for 100 characters THEN it returns null', () => {
		expect(encodePagingId({ command: 'quote', page: 0, userId: '1', values: ['x'.repeat(60), 'y'.repeat(60)] })).toBeNull();
	});
	it('GIVEN a foreign custom id THEN decoding fails', () => {
		expect(decodePagingId('something-else')).toBeNull();
		expect(decodePagingId('p|quote|x|1')).toBeNull();
	});
});

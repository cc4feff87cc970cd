import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandsByName } from '../../commands/index.js';
import type { Answer, AnswerItem, Citation } from '../../src/answer/answer.js';
import { renderEmbedPage, renderNotFound } from '../../src/answer/embed.js';
import { readArticle } from '../../src/articles/read.js';
import { createRouter } from '../../src/discord/router.js';
import { buildFacts } from '../../src/extract/build.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import { silentLogger } from '../../src/log.js';
import { expectDiscordAccepts, isWellFormed } from './discord-limits.js';

// Arbitrary text where it hurts: emoji, right-to-left and zero-width characters, mentions, Markdown, long URLs.
const hostileUnit = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom('😀', '👨‍👩‍👧', '\u202e', '\u200b', '\u200f', 'עברית', 'العربية', '@everyone', '<@123>', '</help:1>', '<t:1:R>', '-# ', '**', '`', '\n'),
);
const hostile = (maxLength: number) => fc.array(hostileUnit, { maxLength }).map((parts) => parts.join(''));
const longUrl = fc.nat(4000).map((n) => `https://example.com/${'a'.repeat(n)}`);

const citation = (n: number) =>
	fc.record({
		n: fc.constant(n),
		article: hostile(5),
		title: hostile(200),
		outlet: fc.option(hostile(50)),
		authors: fc.array(hostile(20), { maxLength: 40 }),
		published: fc.option(fc.constant('2024-05-16')),
		url: fc.option(fc.oneof(longUrl, hostile(30))),
		page: fc.option(hostile(10)),
		via: fc.option(hostile(50)),
		cites: fc.array(hostile(10), { maxLength: 10 }),
	}) satisfies fc.Arbitrary<Citation>;

const answerWith = (sources: Citation[]) =>
	fc.record({
		command: fc.constantFrom(...commandsByName.keys()),
		title: hostile(300),
		lead: fc.option(hostile(400)),
		items: fc.array(
			fc.record({
				kind: fc.constantFrom('quote', 'statement', 'fact', 'figure', 'meeting', 'source', 'person', 'summary', 'commentary', 'command'),
				text: hostile(600),
				label: fc.option(hostile(300)),
				details: fc.dictionary(fc.string({ maxLength: 20 }), hostile(100), { maxKeys: 8 }),
				cite: fc.option(fc.integer({ min: 1, max: Math.max(1, sources.length) })),
				span: fc.constant(null),
			}) satisfies fc.Arbitrary<AnswerItem>,
			{ maxLength: 60 },
		),
		sources: fc.constant(sources),
		omitted: fc.nat(1000),
		notFound: fc.option(hostile(2000), { freq: 5 }),
		suggestions: fc.array(hostile(100), { maxLength: 30 }),
	}) satisfies fc.Arbitrary<Answer>;

const anyAnswer = fc.array(fc.nat(), { minLength: 1, maxLength: 30 }).chain((ns) => fc.tuple(...ns.map((_, i) => citation(i + 1))).chain(answerWith));

describe('every rendered reply stays within Discord’s limits', () => {
	it('GIVEN arbitrary answers (long URLs, huge titles, many authors, emoji, RTL, zero-width) THEN every page is accepted', () => {
		const paging = (page: number) => `quote:${page}`;
		fc.assert(
			fc.property(anyAnswer, fc.nat(10), (answer, page) => {
				expectDiscordAccepts(renderEmbedPage(answer, page, paging));
				expectDiscordAccepts(renderNotFound({ ...answer, notFound: answer.notFound ?? 'Nothing found.' }));
			}),
			{ numRuns: 300 },
		);
	});

	it('GIVEN an article with arbitrary metadata THEN every command answers within the limits', async () => {
		const seed = readArticle('data/articles/004_b5a572f0b3c5c2ae.md');
		const metadata = fc.record({
			title: hostile(300).filter((t) => t.trim() !== ''),
			outlet: fc.option(hostile(200)),
			authors: fc.array(hostile(60), { maxLength: 50 }),
			url: fc.option(longUrl),
			via: fc.option(hostile(200)),
			cites: fc.array(hostile(40), { maxLength: 20 }),
		});
		const lines = ['/quote putin', '/met putin', '/facts trade', '/figures', '/summary', '/timeline', '/who putin', '/sources', '/search xi', '/help'];
		await fc.assert(
			fc.asyncProperty(metadata, async (meta) => {
				const store = new MemoryFactStore(buildFacts([{ ...seed, ...meta }], 'property'));
				const route = createRouter({ commands: commandsByName, ctx: { store }, log: silentLogger });
				for (const line of lines) {
					const [name, ...words] = line.slice(1).split(' ');
					const command = commandsByName.get(name!)!;
					const first = command.definition.options[0]?.name;
					const options = first && words.length > 0 ? { [first]: words.join(' ') } : {};
					const routed = await route({ kind: 'command', id: '1', userId: '123456789012345678', command: name!, options });
					if (routed.outgoing.type === 'choices') throw new Error(`/${name} answered with choices`);
					expectDiscordAccepts(routed.outgoing.payload);
				}
			}),
			{ numRuns: 15 },
		);
	});

	it(
		'GIVEN arbitrary typed prefixes (emoji at the 100th character) THEN every autocomplete answer is 25 choices at most of 1–100 whole characters',
		async () => {
			const store = new MemoryFactStore(buildFacts([readArticle('data/articles/004_b5a572f0b3c5c2ae.md')], 'property'));
			const route = createRouter({ commands: commandsByName, ctx: { store }, log: silentLogger });
			const prefixes = fc.oneof(hostile(120), fc.constant(`${'x'.repeat(99)}😀`), fc.constant(`what did ${'p'.repeat(90)}😀`));
			await fc.assert(
				fc.asyncProperty(prefixes, async (prefix) => {
					for (const [name, command] of commandsByName) {
						const option = command.definition.options.find((o) => o.autocomplete);
						if (!option) continue;
						const routed = await route({
							kind: 'autocomplete',
							id: '1',
							userId: '1',
							command: name,
							options: {},
							focused: { name: option.name, value: prefix },
						});
						if (routed.outgoing.type !== 'choices') throw new Error(`/${name} autocomplete answered with a reply`);
						expect(routed.outgoing.choices.length).toBeLessThanOrEqual(25);
						for (const choice of routed.outgoing.choices) {
							for (const text of [choice.name, choice.value]) {
								expect(text.length).toBeGreaterThanOrEqual(1);
								expect(text.length).toBeLessThanOrEqual(100);
								expect(isWellFormed(text)).toBe(true);
							}
						}
					}
				}),
				{ numRuns: 40 },
			);
		},
	);
});

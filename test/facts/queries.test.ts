import { describe, expect, it } from 'vitest';
import type { AnswerItem } from '../../src/answer/answer.js';
import { ingest } from '../../src/facts/build-folder.js';
import { facts, figures, meetings, quotes, search, sources, summary, timeline, who } from '../../src/facts/queries.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import { WSJ_METADATA } from '../seed-articles.js';
import { build } from '../extract/handmade.js';

// The seed answers, checked against the real text of the two seed articles in data/articles.

const data = ingest('data/articles').facts;
const store = new MemoryFactStore(data);
const WSJ = '000_8c1fbb3da2cb962a';
const SECOND = '004_b5a572f0b3c5c2ae';
const articleOf = (id: string) => data.articles.find((a) => a.id === id)!;
const body = (id: string) => articleOf(id).body;
/** How the front matter names the blog that reposted the Journal's article. */
const VIA = (articleOf(WSJ)).via!;

/** The article text an item points at, so a test can check that items quote the article exactly. */
const sliceOf = (item: AnswerItem) => (item.span ? body(item.span.article).slice(item.span.start, item.span.end) : null);
const quoted = (items: AnswerItem[]) =>
	items.filter((i) => i.kind === 'quote').map((i) => ({ text: i.text, label: i.label, attribution: i.details.attribution }));
/** The whole sentence of the article that contains `words`. */
const sentenceWith = (words: string) => store.facts.sentences.find((s) => s.span.text.includes(words))!.span.text;

const WSJ_CITATION = { n: 1, article: WSJ, ...WSJ_METADATA };
const SECOND_CITATION = {
	n: 1,
	article: SECOND,
	title: 'Vladimir Putin and Xi Jinping Promise a New Era Against US Domination',
	outlet: null,
	authors: [],
	published: '2024-05-16',
	url: null,
	page: null,
	via: null,
	cites: ['Reuters'],
};

const LAVROV_QUOTES = [
	{
		text:
			'There is no place for dictatorship, hegemony, neocolonial and colonial practices, which are now being applied by the United States ' +
			'and all the rest of the collective West unquestioningly submitting to the will of Washington,',
		label: 'Sergei Lavrov',
		attribution: 'Lavrov said',
	},
	{
		text:
			'grateful to our Chinese friends for their objective, balanced position, and for their willingness to play a positive role in the matter ' +
			'of a political and diplomatic settlement.',
		label: 'Sergei Lavrov',
		attribution: 'Lavrov said',
	},
	{ text: 'an overt anti-Chinese, anti-Russian orientation,', label: 'Sergei Lavrov', attribution: 'Lavrov said' },
	{ text: 'break the security architecture', label: 'Sergei Lavrov', attribution: 'He accused' },
];

describe('quotes', async () => {
	const lavrov = await quotes(store, 'lavrov');

	it('GIVEN "lavrov" THEN exactly the four Lavrov quotations, verbatim and cited to the Journal', async () => {
		expect(quoted(lavrov.items)).toEqual(LAVROV_QUOTES);
		expect(lavrov.sources).toEqual([WSJ_CITATION]);
		expect(lavrov.notFound).toBeNull();
		for (const item of lavrov.items) expect(sliceOf(item)).toBe(item.text);
	});

	it('GIVEN "lavrov" THEN nobody else is quoted: not Wang, Yellen or Peskov', async () => {
		expect(new Set(lavrov.items.map((i) => i.label))).toEqual(new Set(['Sergei Lavrov']));
		const texts = lavrov.items.filter((i) => i.kind === 'quote').map((i) => i.text);
		expect(texts.some((t) => /cease-fire|significant consequences|highest level/.test(t))).toBe(false);
	});

	it('GIVEN "lavrov" THEN no paraphrase repeats words already shown as his quotation', async () => {
		// "Lavrov said Moscow was "grateful …"" is a statement in the facts, but the answer shows the quotation once.
		expect(store.facts.statements.filter((s) => s.speaker === 'sergei-lavrov').map((s) => s.span.text)).toEqual([
			'Moscow was "grateful to our Chinese friends for their objective, balanced position, and for their willingness to play a positive role ' +
				'in the matter of a political and diplomatic settlement."',
		]);
		expect(lavrov.items.filter((i) => i.kind === 'statement')).toEqual([]);
		expect(await store.statementsBy('sergei-lavrov', 100)).toEqual({ items: [], total: 0 });
	});

	it('GIVEN "biden" THEN his indirect statement is a paraphrase (kind statement), with his words in the article\'s own marks', async () => {
		const biden = await quotes(store, 'biden');
		expect(biden.items.filter((i) => i.kind === 'statement').map((i) => ({ text: i.text, label: i.label, attribution: i.details.attribution }))).toEqual([
			{ text: 'Putin was a killer and even a “crazy SOB.”', label: 'Biden', attribution: 'Biden called Xi a dictator and said' },
		]);
	});

	it.each(['Maher', 'Eric Igou', 'Paul Maher and Eric Igou', 'Maher and Igou'])(
		'GIVEN two people who wrote together and the name %j THEN their joint words, under both names',
		async (name) => {
			const joint = new MemoryFactStore(
				build([
					'"Disillusioning experiences motivate a search for meaning," write University of Limerick psychologists Paul Maher and Eric Igou.',
					'Maher and Igou describe three studies.',
				]),
			);
			expect(quoted((await quotes(joint, name)).items)).toEqual([
				{
					text: 'Disillusioning experiences motivate a search for meaning,',
					label: 'Paul Maher and Eric Igou',
					attribution: 'write University of Limerick psychologists Paul Maher and Eric Igou',
				},
			]);
		},
	);

	it.each(['Sergei Lavrov', 'LAVROV', "Russia's Foreign Minister", 'russia’s foreign minister', 'Lavróv', 'Russian Foreign Minister Sergei Lavrov'])(
		'GIVEN the name %j THEN the same answer as "lavrov"',
		async (name) => {
			expect(await quotes(store, name)).toEqual(lavrov);
		},
	);

	it('GIVEN "xi" THEN his two quotations, the second attributed by "he continued", cited to the article that credits Reuters', async () => {
		const xi = await quotes(store, 'xi');
		expect(quoted(xi.items)).toEqual([
			{
				text: 'Current China-Russia relations were hard-won, and both sides need to cherish and nurture them,',
				label: 'Xi Jinping',
				attribution: 'Xi told',
			},
			{
				text:
					'China is willing to jointly achieve the development and rejuvenation of our respective countries, ' +
					'and work together to uphold fairness and justice in the world,',
				label: 'Xi Jinping',
				attribution: 'he continued',
			},
		]);
		expect(xi.sources).toEqual([SECOND_CITATION]);
		expect(store.facts.quotes.filter((q) => q.speaker === 'xi-jinping').map((q) => q.form)).toEqual(['speaker-after', 'pronoun']);
	});

	it.each(['Xi Jinping', 'XI', 'Chinese leader', "China's leader"])('GIVEN the name %j THEN the same answer as "xi"', async (name) => {
		expect(await quotes(store, name)).toEqual(await quotes(store, 'xi'));
	});

	it("GIVEN Peskov THEN his partial quotation embedded in the reporter's sentence", async () => {
		const peskov = await quotes(store, 'Dmitry Peskov');
		expect(peskov.items.filter((i) => i.kind === 'quote')).toEqual([
			{
				kind: 'quote',
				text: 'upcoming contacts at the highest level,',
				label: 'Dmitry Peskov',
				details: { published: '2024-04-10', attribution: 'Dmitry Peskov said' },
				span: {
					article: WSJ,
					start: body(WSJ).indexOf('upcoming contacts'),
					end: body(WSJ).indexOf('upcoming contacts') + 'upcoming contacts at the highest level,'.length,
				},
				cite: 1,
			},
		]);
		expect(store.facts.quotes.find((q) => q.span.text.startsWith('upcoming contacts'))).toMatchObject({ speaker: 'dmitry-peskov', form: 'partial' });
	});

	it('GIVEN a speaker and a topic THEN only the quotes on that topic', async () => {
		expect(quoted((await quotes(store, 'lavrov', 'security')).items).map((q) => q.text)).toEqual([
			'an overt anti-Chinese, anti-Russian orientation,',
			'break the security architecture',
		]);
	});

	it('GIVEN a typo "lavorv" THEN nothing found, with Sergei Lavrov suggested and nobody quoted', async () => {
		expect(await quotes(store, 'lavorv')).toEqual({
			command: 'quote',
			title: 'Nothing found for "lavorv"',
			lead: null,
			items: [],
			sources: [],
			omitted: 0,
			notFound: 'The articles name no one called "lavorv".',
			suggestions: ['Sergei Lavrov'],
		});
		expect((await quotes(store, 'putn')).suggestions).toContain('Vladimir Putin');
	});

	it('GIVEN a person who is named but never quoted (Biden) THEN no quote is invented for him', async () => {
		const biden = await quotes(store, 'Biden');
		expect(biden.items.filter((i) => i.kind === 'quote')).toEqual([]);
	});
});

describe('meetings', () => {
	it('GIVEN "putin" THEN Xi Jinping in Beijing on Thursday 16 May 2024, first: the newest contact leads', async () => {
		const answer = await meetings(store, 'putin');
		expect(answer.items[0]).toMatchObject({ label: expect.stringContaining('Xi Jinping'), details: expect.objectContaining({ date: '2024-05-16' }) });
		expect(answer.lead).toBe(`${answer.items.length} meetings, calls and visits, newest first`);
		const dates = answer.items.map((i) => i.details.date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		const withXi = answer.items.filter((i) => i.label?.includes('Xi Jinping') && i.details.date === '2024-05-16');
		expect(withXi.length).toBeGreaterThan(0);
		expect(withXi).toContainEqual(
			expect.objectContaining({
				kind: 'meeting',
				details: expect.objectContaining({ place: 'Beijing', when: 'Thursday 16 May 2024', status: 'happened' }),
			}),
		);
		for (const item of answer.items) expect(sliceOf(item)).toBe(item.text);
		expect(answer.sources).toEqual([SECOND_CITATION]);
	});

	it('GIVEN "lavrov" THEN his meeting with Xi Jinping in Beijing "on Tuesday" is Tuesday 9 April 2024 (the article is of Wednesday 10 April)', async () => {
		const meeting = (await store.meetingsOf(['sergei-lavrov'], 100)).items.find((m) => m.participants.includes('xi-jinping'));
		expect(meeting).toMatchObject({
			span: {
				article: WSJ,
				text:
					"Russia's Foreign Minister Sergei Lavrov met with Chinese leader Xi Jinping in Beijing on Tuesday after the U.S. increased the volume " +
					'of warnings that China should step back from helping Moscow.',
			},
			participants: ['sergei-lavrov', 'xi-jinping'],
			place: { article: WSJ, text: 'Beijing' },
			date: { text: 'on Tuesday', start: '2024-04-09', end: '2024-04-09', precision: 'day' },
			status: 'happened',
		});
		expect((await meetings(store, 'lavrov', 'xi')).items.map((i) => i.details)).toContainEqual(
			expect.objectContaining({ date: '2024-04-09', when: 'Tuesday 9 April 2024', place: 'Beijing' }),
		);
	});

	it('GIVEN the call between Biden and Xi "last week" THEN a phone call dated to the week 1–7 April 2024, not to a day', async () => {
		const call = (await store.meetingsOf(['xi-jinping'], 100)).items.find((m) => m.participants.includes('biden'));
		expect(call).toMatchObject({
			span: { text: "During a call last week, President Biden warned Xi about U.S. concerns that Beijing is supporting Russia's defense industry." },
			kind: 'call',
			date: { text: 'last week', start: '2024-04-01', end: '2024-04-07', precision: 'week' },
			status: 'happened',
		});
	});

	it('GIVEN a counterpart THEN only meetings with that counterpart', async () => {
		const answer = await meetings(store, 'putin', 'xi');
		expect(answer.items.length).toBeGreaterThan(0);
		for (const item of answer.items) expect(item.label).toContain('Xi Jinping');
	});

	it('GIVEN two people run together ("putin xi") THEN nothing found with both suggested, never the second one\'s meetings', async () => {
		expect(await meetings(store, 'putin xi')).toMatchObject({
			items: [],
			notFound: 'The articles name no one called "putin xi".',
			suggestions: expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']),
		});
		expect((await quotes(store, 'putin lavrov')).items).toEqual([]);
	});

	it('GIVEN an unknown person THEN nothing found, no meetings invented', async () => {
		const answer = await meetings(store, 'nobody');
		expect(answer).toMatchObject({ items: [], sources: [], suggestions: [] });
		// No name is close to "nobody": the ones most written about are offered as such, never as "did you mean".
		expect(answer.notFound).toMatch(/^The articles name no one called "nobody"\. Most written about: .*Vladimir Putin.*\.$/);
	});
});

describe('figures', async () => {
	const TRADE = 'Trade between Russia and China grew last year by more than 26% to $240 billion.';

	it('GIVEN trade THEN "more than 26%" and "$240 billion" with the period "last year" resolved to 2023', async () => {
		const answer = await figures(store, 'trade');
		const fromTrade = answer.items.filter((i) => i.text === TRADE).map((i) => ({ label: i.label, details: i.details }));
		expect(fromTrade).toEqual([
			{
				label: 'more than 26%',
				details: { value: '26', unit: '%', approximate: 'yes', period: '2023-01-01/2023-12-31', 'period as written': 'last year' },
			},
			{ label: '$240 billion', details: { value: '240000000000', unit: 'USD', period: '2023-01-01/2023-12-31', 'period as written': 'last year' } },
		]);
	});

	it('GIVEN the stored trade figures THEN value, unit, what they measure and the year 2023', async () => {
		const period = { text: 'last year', start: '2023-01-01', end: '2023-12-31', precision: 'year' };
		const stored = store.facts.figures
			.filter((f) => f.measure.text === TRADE)
			.map(({ span, value, min, unit, period, approximate, commentary }) => ({ text: span.text, value, min, unit, period, approximate, commentary }));
		expect(stored).toEqual([
			{ text: 'more than 26%', value: 26, min: null, unit: '%', period, approximate: true, commentary: false },
			{ text: '$240 billion', value: 240e9, min: null, unit: 'USD', period, approximate: false, commentary: false },
		]);
	});

	it('GIVEN counts in words THEN "dozens of" and "tens of thousands of troops" keep a lower bound', async () => {
		const vague = store.facts.figures.filter((f) => f.value === null).map((f) => ({ text: f.span.text, min: f.min, approximate: f.approximate }));
		expect(vague).toEqual([
			{ text: 'dozens of', min: 24, approximate: true },
			{ text: 'tens of thousands of troops', min: 20_000, approximate: true },
		]);
	});
});

describe('facts', () => {
	it('GIVEN trade THEN the trade sentence, verbatim, among the first facts (sentences with figures first)', async () => {
		const answer = await facts(store, 'trade');
		const trade = sentenceWith('grew last year by more than 26%');
		expect(answer.items.slice(0, 2).map((i) => i.text)).toContain(trade);
		expect(answer.items).toContainEqual({
			kind: 'fact',
			text: trade,
			label: null,
			details: {},
			span: { article: WSJ, start: body(WSJ).indexOf(trade), end: body(WSJ).indexOf(trade) + trade.length },
			cite: 1,
		});
	});

	it('GIVEN a word users type for a topic ("tariffs") THEN the topic it names', async () => {
		expect((await facts(store, 'tariffs')).title).toBe('Facts: trade');
	});

	it('GIVEN an unknown topic THEN nothing found', async () => {
		expect(await facts(store, 'zebras')).toMatchObject({ items: [], suggestions: [] });
		expect((await facts(store, 'zebras')).notFound).toMatch(/^The articles say nothing about "zebras"\. Most written about: \S.*\.$/);
		expect((await facts(store, 'immigration')).suggestions).not.toContain('immigration');
	});
});

describe("the reposting blog's remark", () => {
	const REMARK = 'Listen, kids, sanctions against big countries, and especially their blocs, don\'t work.';
	// The label names the blog and says the words are not the Journal's.
	const LABEL = expect.stringMatching(new RegExp(`${VIA.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*, not by The Wall Street Journal$`));
	const remark = (articleOf(WSJ)).commentary[0]!;
	const inRemark = (span: { article: string; start: number } | null) =>
		span !== null && span.article === WSJ && span.start >= remark.start && span.start < remark.end;

	it('GIVEN the repost THEN its last paragraph is recorded as the blog\'s commentary', async () => {
		expect(VIA).toMatch(/blog/i);
		expect((articleOf(WSJ)).commentary.map((c) => c.text)).toEqual([`${REMARK} Find another, more interesting game than the fourteenth set of sanctions.`]);
	});

	it('GIVEN a search for its words THEN it is shown only as labelled commentary, cited to the blog, never to the Journal', async () => {
		const answer = await search(store, 'kids');
		expect(answer.items).toEqual([
			{
				kind: 'commentary',
				text: REMARK,
				label: LABEL,
				details: {},
				span: { article: WSJ, start: remark.start, end: remark.start + REMARK.length },
				cite: 1,
			},
		]);
		expect(answer.sources).toEqual([
			{
				n: 1,
				article: WSJ,
				title: `Remark added by ${VIA} to its repost of "${WSJ_METADATA.title}"`,
				outlet: VIA,
				authors: [],
				published: null,
				url: null,
				page: null,
				via: null,
				cites: [],
			},
		]);
	});

	it('GIVEN every answer on sanctions THEN any item from the remark is kind commentary with that label', async () => {
		const items = [...(await facts(store, 'sanctions')).items, ...(await search(store, 'sanctions')).items, ...(await figures(store)).items];
		const fromRemark = items.filter((i) => inRemark(i.span));
		expect(fromRemark.length).toBeGreaterThan(0);
		for (const item of fromRemark)
			expect({ kind: item.kind, label: item.label }).toEqual({
				kind: 'commentary',
				label: expect.stringMatching(/^Remark by .*, not by The Wall Street Journal/),
			});
	});

	it('GIVEN the extracted facts THEN no quote, statement, meeting, name or summary comes from the remark', async () => {
		const f = store.facts;
		const spans = [
			...f.quotes.map((q) => q.span),
			...f.statements.map((s) => s.span),
			...f.meetings.map((m) => m.span),
			...f.entities.flatMap((e) => e.mentions),
			...f.articles.flatMap((a) => a.summary),
		];
		expect(spans.filter(inRemark)).toEqual([]);
		expect(f.sentences.filter((s) => inRemark(s.span)).map((s) => s.commentary)).toEqual([true, true]);
		expect(f.sentences.filter((s) => !inRemark(s.span) && s.commentary)).toEqual([]);
	});
});

describe('sources', () => {
	it('GIVEN the seeds THEN the Journal with its authors via the repost, and the second article with no outlet that cites Reuters', async () => {
		expect(await sources(store)).toEqual({
			command: 'sources',
			title: 'Sources',
			lead: '2 articles',
			items: [
				{
					kind: 'source',
					text: 'Vladimir Putin and Xi Jinping Promise a New Era Against US Domination',
					label: 'Outlet not named',
					details: { outlet: 'not named in the article', published: '2024-05-16', cites: 'Reuters' },
					span: null,
					cite: 1,
				},
				{
					kind: 'source',
					text: 'Russia, China Bolster Ties to Defy U.S.',
					label: 'The Wall Street Journal',
					details: { outlet: 'The Wall Street Journal', published: '2024-04-10', authors: 'Austin Ramzy, Ann M. Simmons', via: VIA },
					span: null,
					cite: 2,
				},
			],
			sources: [SECOND_CITATION, { ...WSJ_CITATION, n: 2 }],
			omitted: 0,
			notFound: null,
			suggestions: [],
		});
	});
});

describe('summary, timeline, who and search', () => {
	it('GIVEN an article id THEN a few whole sentences of that article, none of them commentary', async () => {
		const answer = await summary(store, SECOND);
		expect(answer.items.length).toBeGreaterThan(0);
		expect(answer.items.length).toBeLessThanOrEqual(5);
		const sentences = new Set(store.facts.sentences.filter((s) => s.span.article === SECOND).map((s) => s.span.text));
		for (const item of answer.items) {
			expect(item.kind).toBe('summary');
			expect(sentences.has(item.text)).toBe(true);
		}
		expect(answer.items[0]!.text).toBe(sentenceWith('promised a “new era” of partnership'));
		expect((await summary(store)).items.some((i) => i.kind === 'commentary' || i.text.startsWith('Listen, kids'))).toBe(false);
	});

	it('GIVEN an unknown article THEN nothing found', async () => {
		expect(await summary(store, 'zzzqqq')).toMatchObject({ items: [], suggestions: [] });
		expect((await summary(store, 'zzzqqq')).notFound).toMatch(/^No article matches "zzzqqq"\. Most written about: \S.*\.$/);
	});

	it('GIVEN all meetings THEN dated events earliest first', async () => {
		const starts = (await timeline(store)).items.map((i) => i.details.date!.slice(0, 10));
		expect(starts.length).toBeGreaterThanOrEqual(4);
		expect(starts).toEqual([...starts].sort());
		expect(starts).toContain('2024-04-09');
		expect(starts).toContain('2024-05-16');
	});

	it('GIVEN "lavrov" THEN who names him by the sentence that gives his role, and the role as written', async () => {
		const [person] = (await who(store, 'lavrov')).items;
		const introduced =
			"Russia's Foreign Minister Sergei Lavrov met with Chinese leader Xi Jinping in Beijing on Tuesday after the U.S. increased the volume " +
			'of warnings that China should step back from helping Moscow.';
		expect(person).toMatchObject({
			kind: 'person',
			text: introduced,
			label: 'Sergei Lavrov',
			details: expect.objectContaining({ kind: 'person', role: "Russia's Foreign Minister" }),
		});
		expect(sliceOf(person!)).toBe(introduced);
	});

	it('GIVEN a phrase THEN the sentences that contain it', async () => {
		expect((await search(store, 'cease-fire')).items.map((i) => i.text)).toEqual([sentenceWith('hopes to see a cease-fire')]);
	});

	it('GIVEN site boilerplate THEN no answer at all', async () => {
		for (const words of ['Komentarų', 'Leave a Reply', 'Rašyti komentarą']) expect((await search(store, words)).items).toEqual([]);
	});
});

import { commandsByName } from '../commands/index.js';
import type { Answer } from '../src/answer/answer.js';
import { renderEmbedPage } from '../src/answer/embed.js';
import type { CommandContext } from '../src/command.js';
import { encodePagingId } from '../src/discord/custom-id.js';
import type { Entity, Facts } from '../src/facts/schema.js';
import type { FactStore } from '../src/store/contract.js';
import type { RawOptions } from '../src/run-command.js';
import { type Latency, latency, sample } from './measure.js';
import { seeded } from './random.js';

// What people ask, drawn from the loaded store so every name is one the articles use: the most quoted people
// (long answers) and a random sample (typical ones), surnames and full names, typos and prefixes.

export interface Case {
	label: string;
	command: string;
	/** Autocomplete of this option; a command run otherwise. */
	focused?: string;
	/** Run i uses inputs[i % length], so repeated runs do not hit one cached path. */
	inputs: RawOptions[];
}

export interface CaseResult {
	label: string;
	handle: Latency;
	/** renderEmbedPage of the answers (commands only). */
	render?: Latency;
	/** Median answer size: items matched (shown + omitted), or choices offered. */
	matched: number;
}

/** A person as the cases name them. */
type Person = Pick<Entity, 'key' | 'name'>;

const surname = (e: Pick<Person, 'name'>) => e.name.split(' ').at(-1)!;
/** Two letters swapped in the middle: "Ivnaov". */
const typo = (word: string) => (word.length < 4 ? `${word}x` : word.slice(0, 2) + word[3] + word[2] + word.slice(4));
const USER_ID = '100000000000000042';

/** What the cases draw their inputs from: read from the store once, before anything is timed. */
export interface CaseInputs {
	/** People named in full who are quoted, most quoted first. */
	quoted: Person[];
	topics: string[];
	/** Names of two participants of a meeting. */
	pairs: [string, string][];
	articles: { id: string; title: string }[];
}

export function inputsFromFacts(facts: Facts): CaseInputs {
	const quotes = new Map<string, number>();
	for (const q of facts.quotes) if (q.speaker) quotes.set(q.speaker, (quotes.get(q.speaker) ?? 0) + 1);
	const names = new Map(facts.entities.map((e) => [e.key, e.name]));
	return {
		quoted: facts.entities
			.filter((e) => e.kind === 'person' && e.name.includes(' ') && quotes.has(e.key))
			.sort((a, b) => quotes.get(b.key)! - quotes.get(a.key)!),
		topics: [...facts.topics].sort(),
		pairs: facts.meetings
			.filter((m) => m.participants.length >= 2)
			.map((m) => m.participants.slice(0, 2).map((k) => names.get(k) ?? k) as [string, string]),
		articles: facts.articles.map(({ id, title }) => ({ id, title })),
	};
}

/** The same inputs read through the store contract, on any engine: the most named people who are quoted, then those of recent articles. */
export async function inputsFromStore(store: FactStore): Promise<CaseInputs> {
	const quoted: Person[] = [];
	for (const { key } of await store.complete('entity', '', 25)) {
		const entity = await store.entity(key);
		if (entity?.kind === 'person' && entity.name.includes(' ') && (await store.quotesBy(key, 0)).total > 0) quoted.push(entity);
	}
	const articles = (await store.articles(200)).items.map(({ id, title }) => ({ id, title }));
	// Typical speakers too: those of recent articles, most named only in a few.
	const seen = new Set(quoted.map((p) => p.key));
	for (const { id } of articles.slice(0, 60)) {
		for (const { speaker } of (await store.articleItems(id)).quotes) {
			if (!speaker || seen.has(speaker)) continue;
			seen.add(speaker);
			const entity = await store.entity(speaker);
			if (entity?.kind === 'person' && entity.name.includes(' ')) quoted.push(entity);
		}
	}
	const names = new Map<string, string>();
	const nameOf = async (key: string) => {
		if (!names.has(key)) names.set(key, (await store.entity(key))?.name ?? key);
		return names.get(key)!;
	};
	const pairs: [string, string][] = [];
	for (const m of (await store.meetingsOf(null, 200)).items) {
		if (m.participants.length >= 2) pairs.push([await nameOf(m.participants[0]!), await nameOf(m.participants[1]!)]);
	}
	return { quoted, topics: (await store.topicNames()).sort(), pairs, articles };
}

export function queryCases(inputs: CaseInputs, seed: number): Case[] {
	const r = seeded(seed);
	const people = [...inputs.quoted.slice(0, 10), ...r.sample(inputs.quoted, 40)];
	const { topics } = inputs;
	const pairs = r.sample(inputs.pairs, 50);
	const articles = r.sample(inputs.articles, 50);
	const words = [
		'steel tariffs',
		'gas supplies',
		'front line',
		'export controls',
		'inflation',
		'asylum system',
		'sanctons relief',
		'pipline',
		'coastal towns floods',
		'semiconductor industry',
		'prisoners of war',
		'interest rates',
	];
	const letters = 'abcdefghijklmnoprstvwyz'.split('');
	const titles = [
		"russia's foreign minister",
		'chinese president',
		'finance minister',
		"japan's prime minister",
		'german economy minister',
		'kremlin spokesman',
	];
	const names = (f: (e: Person) => RawOptions) => people.map(f);
	return [
		{ label: 'quote speaker=surname', command: 'quote', inputs: names((e) => ({ speaker: surname(e) })) },
		{ label: 'quote speaker=full name', command: 'quote', inputs: names((e) => ({ speaker: e.name })) },
		{ label: 'quote speaker+topic', command: 'quote', inputs: names((e) => ({ speaker: surname(e), topic: r.pick(topics) })) },
		{ label: 'quote speaker=typo (suggests)', command: 'quote', inputs: names((e) => ({ speaker: typo(surname(e)) })) },
		{ label: 'met person', command: 'met', inputs: names((e) => ({ person: surname(e) })) },
		{ label: 'met person+with', command: 'met', inputs: pairs.map(([person, other]) => ({ person, with: other })) },
		{ label: 'facts topic', command: 'facts', inputs: topics.map((topic) => ({ topic })) },
		{
			label: 'facts word (search)',
			command: 'facts',
			inputs: ['pipeline', 'steel', 'drought', 'ceasefire', 'semiconductors', 'asylum'].map((topic) => ({ topic })),
		},
		{ label: 'figures', command: 'figures', inputs: [{}] },
		{ label: 'figures topic', command: 'figures', inputs: topics.map((topic) => ({ topic })) },
		{ label: 'search text', command: 'search', inputs: words.map((text) => ({ text })) },
		{ label: 'who name', command: 'who', inputs: names((e) => ({ name: surname(e) })) },
		{ label: 'timeline', command: 'timeline', inputs: [{}] },
		{ label: 'timeline person', command: 'timeline', inputs: names((e) => ({ person: surname(e) })) },
		{ label: 'sources', command: 'sources', inputs: [{}] },
		{ label: 'summary (all)', command: 'summary', inputs: [{}] },
		{ label: 'summary article=id', command: 'summary', inputs: articles.map((a) => ({ subject: a.id })) },
		{ label: 'summary article=title', command: 'summary', inputs: articles.map((a) => ({ subject: a.title })) },
		{ label: 'summary topic', command: 'summary', inputs: topics.map((subject) => ({ subject })) },
		{ label: 'summary person', command: 'summary', inputs: names((e) => ({ subject: surname(e) })) },
		{
			label: 'ask what did X say about Y',
			command: 'ask',
			inputs: names((e) => ({ question: `what did ${surname(e).toLowerCase()} say about ${r.pick(topics)}` })),
		},
		{ label: 'ask who did X meet in May', command: 'ask', inputs: names((e) => ({ question: `who did ${surname(e).toLowerCase()} meet in may` })) },
		{ label: 'ask how much (figures)', command: 'ask', inputs: words.map((w) => ({ question: `how much ${w} was there` })) },
		{ label: 'ask who is X', command: 'ask', inputs: names((e) => ({ question: `who is ${surname(e).toLowerCase()}` })) },
		{ label: 'ask passages', command: 'ask', inputs: words.map((w) => ({ question: `is ${w} growing in the region` })) },
		{ label: 'ask why (passages)', command: 'ask', inputs: words.map((w) => ({ question: `why did ${w} change` })) },
		{ label: 'ask summarize', command: 'ask', inputs: words.map((w) => ({ question: `summarize ${w}` })) },
		{ label: 'ask declined (unknown topic)', command: 'ask', inputs: names((e) => ({ question: `what did ${surname(e).toLowerCase()} say about zqxv` })) },
		{
			label: 'ask what did <typo> say about Y',
			command: 'ask',
			inputs: names((e) => ({ question: `what did ${typo(surname(e)).toLowerCase()} say about ${r.pick(topics)}` })),
		},
		{ label: 'ask who is <title>', command: 'ask', inputs: titles.map((t) => ({ question: `who is the ${t}` })) },
		{
			label: 'ask when did X meet Y',
			command: 'ask',
			inputs: pairs.map(([person, other]) => ({ question: `when did ${surname({ name: person }).toLowerCase()} meet ${other.toLowerCase()}` })),
		},
		{
			label: 'autocomplete ask',
			command: 'ask',
			focused: 'question',
			inputs: names((e) => ({ question: `what did ${surname(e).slice(0, 3).toLowerCase()}` })),
		},
		{ label: 'help', command: 'help', inputs: [{}] },
		{ label: 'autocomplete speaker ""', command: 'quote', focused: 'speaker', inputs: [{ speaker: '' }] },
		{ label: 'autocomplete speaker 1 letter', command: 'quote', focused: 'speaker', inputs: letters.map((l) => ({ speaker: l })) },
		{
			label: 'autocomplete speaker 2 letters',
			command: 'quote',
			focused: 'speaker',
			inputs: names((e) => ({ speaker: surname(e).slice(0, 2).toLowerCase() })),
		},
		{
			label: 'autocomplete speaker 3 letters',
			command: 'quote',
			focused: 'speaker',
			inputs: names((e) => ({ speaker: surname(e).slice(0, 3).toLowerCase() })),
		},
		{ label: 'autocomplete speaker typo', command: 'quote', focused: 'speaker', inputs: names((e) => ({ speaker: typo(surname(e)).toLowerCase() })) },
		{ label: 'autocomplete topic 2 letters', command: 'facts', focused: 'topic', inputs: topics.map((t) => ({ topic: t.slice(0, 2) })) },
		{
			label: 'autocomplete article 3 letters',
			command: 'summary',
			focused: 'subject',
			inputs: articles.map((a) => ({ subject: a.title.slice(0, 3).toLowerCase() })),
		},
	];
}

/** Times every case: options parsed and handled as the router does, then rendered, or autocompleted. */
export async function runCases(cases: Case[], ctx: CommandContext, runs: number, budgetMs: number): Promise<CaseResult[]> {
	const results: CaseResult[] = [];
	for (const c of cases) results.push(await runCase(c, ctx, runs, budgetMs));
	return results;
}

async function runCase(c: Case, ctx: CommandContext, runs: number, budgetMs: number): Promise<CaseResult> {
	{
		const command = commandsByName.get(c.command);
		if (!command) throw new Error(`no command ${c.command}`);
		const options = (i: number) => c.inputs[i % c.inputs.length]!;
		const sizes: number[] = [];
		if (c.focused) {
			const focused = c.focused;
			const handle = await sample(
				async (i) => sizes.push((await command.autocomplete!(focused, String(options(i)[focused] ?? ''), ctx)).length),
				runs,
				budgetMs,
				c.inputs.length,
			);
			return { label: c.label, handle: latency(handle), matched: median(sizes) };
		}
		const answers = new Map<number, Answer>();
		const handle = await sample(async (i) => {
			const answer = await command.handle(command.options.parse(options(i)), ctx);
			if (!answers.has(i % c.inputs.length)) answers.set(i % c.inputs.length, answer);
			sizes.push(answer.items.length + answer.omitted);
		}, runs, budgetMs, c.inputs.length);
		// Each answer is rendered with the paging ids of its own options, as the router does.
		const pages = [...answers].map(([k, answer]) => {
			const values = command.definition.options.map((o) => String(options(k)[o.name] ?? ''));
			return { answer, ids: (page: number) => encodePagingId({ command: c.command, page, userId: USER_ID, values }) };
		});
		const render = await sample((i) => renderEmbedPage(pages[i % pages.length]!.answer, 0, pages[i % pages.length]!.ids), runs, budgetMs, pages.length);
		return { label: c.label, handle: latency(handle), render: latency(render), matched: median(sizes) };
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

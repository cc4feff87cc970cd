import type { Answer } from '../answer/answer.js';
import { topicKey } from '../extract/topics.js';
import { MONTH_NAMES, WEEKDAYS } from '../lexicon/time.js';
import { normalize, words } from '../text/normalize.js';
import { AnswerBuilder, notFound } from './answer-builder.js';
import type { Sentence } from './schema.js';
import type { EntitySummary, FactStore } from '../store/contract.js';
import { searchWords } from '../store/text-search.js';

// An extractive summary across articles: the sentences most central to a subject (most like the other sentences on
// it), ordered by time. The same point told by several outlets is one point with all its citations; where such
// sentences give different figures, each version is shown.

/** Points in a summary. */
const SUMMARY_POINTS = 5;
/** Sentences weighed per summary: bounded work whatever the archive's size. */
const CANDIDATES = 100;
/** Two sentences this alike make the same point. */
const SAME_POINT = 0.45;

const STOP = new Set(
	(
		'a an and are as at be but by for from has have he her his in is it its of on or she that the their they this to was were will with said says ' +
		'would could which who after before over than also been had not'
	).split(' '),
);

/** A sentence's words as numbers (their place in the summary's vocabulary) with how often each occurs. */
interface Vector {
	words: Int32Array;
	counts: Int32Array;
	norm: number;
}

function vectorOf(text: string, vocabulary: Map<string, number>): Vector {
	const counts = new Map<number, number>();
	for (const w of words(text)) {
		if (STOP.has(w) || /^\d+$/.test(w)) continue;
		let id = vocabulary.get(w);
		if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	const norm = Math.sqrt([...counts.values()].reduce((s, n) => s + n * n, 0));
	return { words: Int32Array.from(counts.keys()), counts: Int32Array.from(counts.values()), norm };
}

/**
 * The cosine of every pair, row by row: each sentence's counts are spread over the vocabulary once and every other
 * sentence's words looked up there, instead of a map lookup per word per pair (100 candidates make 4,950 pairs).
 * The dot products are whole numbers, so the figures are exactly those of a pair computed alone.
 */
function similarities(vectors: readonly Vector[], vocabulary: number): Float64Array[] {
	const rows = vectors.map(() => new Float64Array(vectors.length));
	const spread = new Int32Array(vocabulary);
	for (let i = 0; i < vectors.length; i++) {
		const a = vectors[i]!;
		for (let k = 0; k < a.words.length; k++) spread[a.words[k]!] = a.counts[k]!;
		for (let j = i + 1; j < vectors.length; j++) {
			const b = vectors[j]!;
			let dot = 0;
			for (let k = 0; k < b.words.length; k++) dot += b.counts[k]! * spread[b.words[k]!]!;
			rows[i]![j] = rows[j]![i] = dot === 0 ? 0 : dot / (a.norm * b.norm);
		}
		for (let k = 0; k < a.words.length; k++) spread[a.words[k]!] = 0;
	}
	return rows;
}

/** Numbers as written in a sentence ("73 per cent", "R4bn"), to tell two versions of a point apart. */
const numbersIn = (text: string) =>
	new Set(
		normalize(text)
			.match(/\d[\d.,]*\s*(?:%|per ?cent|percent|bn|billion|million|m\b)?/g)
			?.map((n) => n.replace(/\s+/g, ' ').trim()) ?? [],
	);

/** Days and months named in a sentence ("on Tuesday", "in March"), capitalised as names are ("may" is a verb too). */
const DAY_NAMES = new RegExp(`\\b(?:${[...WEEKDAYS, ...MONTH_NAMES].map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})\\b`, 'g');
const daysIn = (text: string) => new Set(text.match(DAY_NAMES) ?? []);

/** What two accounts of one point may disagree on, in the order they are told apart. */
const DISAGREEMENTS = [
	{ what: 'figure', read: numbersIn },
	{ what: 'date', read: daysIn },
];

const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Where the outlets telling one point give different figures or days, the other accounts that state them, to show
 * beside the point: those differing from the point's own, or, when it states none, every version given.
 */
function disagreeing(lead: Sentence, others: readonly Sentence[]): { account: Sentence; label: string }[] {
	const out: { account: Sentence; label: string }[] = [];
	for (const { what, read } of DISAGREEMENTS) {
		const own = read(lead.span.text);
		const stating = others.map((account) => ({ account, values: read(account.span.text) })).filter((o) => o.values.size > 0);
		const versions = [...(own.size ? [own] : []), ...stating.map((o) => o.values)];
		if (versions.every((v) => same(v, versions[0]!))) continue;
		for (const o of stating) {
			if (out.some((x) => x.account === o.account) || (own.size > 0 && same(own, o.values))) continue;
			out.push({ account: o.account, label: own.size ? `Another account, with a different ${what}` : `One account, with its ${what}` });
		}
	}
	return out;
}

async function candidatesFor(store: FactStore, subject: string | undefined): Promise<Sentence[]> {
	if (!subject) {
		// The whole coverage: the lead of each of the newest articles.
		return (await store.articles(CANDIDATES)).items.flatMap((a) =>
			a.summary.slice(0, 1).map((span) => ({ span, paragraph: 0, topics: [], commentary: false })),
		);
	}
	const key = topicKey(subject);
	const index = key ? await store.topic(key, CANDIDATES) : undefined;
	if (index?.sentences.items.length) return [...index.sentences.items];
	const people = await store.resolveEntities(subject);
	// One person: the sentences naming them by any short name the articles use ("Anwar", "Ibrahim", "Anwar Ibrahim").
	// Other words ("russia china ties"): the sentences holding most of them, best ranked first.
	const shortNames = (e: EntitySummary) => [...new Set([e.name, ...e.aliases].filter((a) => a.split(' ').length <= 2))].slice(0, 4);
	const terms = people.length === 1 ? [shortNames(people[0]!)] : searchWords(subject).map((w) => [w]);
	const { sentences } = await store.rankSentences(terms, CANDIDATES);
	return sentences.filter((s) => !s.commentary && holdsMost(terms, s.span.text));
}

/** Whether a sentence holds most of the terms, each by one of its words or phrases or a word starting like it. */
function holdsMost(terms: readonly (readonly string[])[], text: string): boolean {
	const own = words(text);
	const holds = (phrase: string) => words(phrase).every((w) => own.some((o) => o.startsWith(w.slice(0, Math.max(4, w.length - 2)))));
	return terms.filter((alternatives) => alternatives.some(holds)).length * 3 >= terms.length * 2;
}

export async function summarize(store: FactStore, subject?: string): Promise<Answer> {
	const candidates = await candidatesFor(store, subject);
	if (candidates.length === 0)
		return notFound(
			'summary',
			`Nothing on "${subject}"`,
			`The articles say nothing about "${subject}".`,
			(await store.complete('any', subject ?? '', 5)).map((c) => c.name),
		);
	const vocabulary = new Map<string, number>();
	const vectors = candidates.map((s) => vectorOf(s.span.text, vocabulary));
	const cosine = similarities(vectors, vocabulary.size);
	// Each pair once, in the same order as always, so that equal sums break ties the same way.
	const centrality = vectors.map(() => 0);
	for (let i = 0; i < vectors.length; i++) {
		for (let j = i + 1; j < vectors.length; j++) {
			const similarity = cosine[i]![j]!;
			centrality[i]! += similarity;
			centrality[j]! += similarity;
		}
	}
	const byCentrality = candidates.map((_, i) => i).sort((a, b) => centrality[b]! - centrality[a]!);

	// Greedy: the most central sentence not already part of a chosen point starts a new point.
	const taken = new Set<number>();
	const points: number[][] = [];
	for (const i of byCentrality) {
		if (taken.has(i) || points.length >= SUMMARY_POINTS) continue;
		const group = candidates.map((_, j) => j).filter((j) => !taken.has(j) && (j === i || cosine[i]![j]! >= SAME_POINT));
		group.forEach((j) => taken.add(j));
		points.push(group);
	}

	const published = new Map<string, string>();
	for (const id of new Set(points.flat().map((i) => candidates[i]!.span.article))) published.set(id, (await store.articleMeta(id)).published ?? '9999');
	const when = (i: number) => `${published.get(candidates[i]!.span.article)}:${String(candidates[i]!.span.start).padStart(9, '0')}`;
	points.sort((a, b) => when(a[0]!).localeCompare(when(b[0]!)));

	const answer = new AnswerBuilder(store, 'summary');
	let disagreements = 0;
	for (const group of points) {
		const [lead, ...same] = group.map((i) => candidates[i]!);
		const otherArticles = same.filter((s) => s.span.article !== lead!.span.article);
		// Several outlets telling the same point: one item, every source cited.
		// Numbered in order of use: the point's own source first, then the others telling it.
		await answer.cite(lead!.span.article);
		const also: string[] = [];
		for (const id of new Set(otherArticles.map((s) => s.span.article))) also.push(`[${await answer.cite(id)}]`);
		await answer.sentence(lead!, 'summary', { details: also.length ? { 'also reported in': also.join(' ') } : {} });
		for (const other of disagreeing(lead!, otherArticles)) {
			disagreements++;
			await answer.sentence(other.account, 'summary', { label: other.label });
		}
	}
	const articles = new Set(candidates.map((c) => c.span.article)).size;
	const lead = `${points.length} central points across ${articles} articles, oldest ` +
		`first${disagreements ? `; ${disagreements} differing accounts shown` : ''}`;
	return answer.build(subject ? `Summary: ${subject}` : 'Summary of the coverage', lead);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readArticles } from '../facts/build-folder.js';
import { buildFacts } from '../extract/build.js';
import type { Entity } from '../facts/schema.js';
import { MemoryFactStore } from '../facts/store.js';
import { jointMembers, normalize } from '../text/normalize.js';
import { type MeetingScore, type Ratio, emptyMeetingScore, goldMeetingSchema, scoreMeetings } from './meetings.js';
import { type PeopleScore, emptyPeopleScore, goldPersonSchema, scorePeople } from './people.js';

// Extraction quality against a gold-annotated corpus (articles/ + annotations.json, the format of the development
// corpus): quote attribution and span exactness, meeting precision, recall and dates, statement and figure recall.

const goldSchema = z.object({
	articles: z.record(
		z.string(),
		z.object({
			people: z.array(goldPersonSchema).default([]),
			quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable(), form: z.string(), paragraph: z.number() })),
			statements: z.array(z.object({ text: z.string(), speaker: z.string() })).default([]),
			meetings: z.array(goldMeetingSchema).default([]),
			figures: z.array(z.object({ text: z.string(), value: z.number() })).default([]),
			source_meta: z
				.object({
					title: z.string(),
					outlet: z.string().nullable().optional(),
					authors: z.array(z.string()).default([]),
					published: z.string(),
					url: z.string().nullable().optional(),
				})
				.optional(),
		}),
	),
});

export type { Ratio };

export interface Score {
	articles: number;
	attribution: Ratio;
	spans: Ratio;
	misattributed: number;
	statements: Ratio;
	statementPrecision: Ratio;
	/** Contact events: recall, precision, and of those found the date, status, place and kind. */
	meetings: MeetingScore;
	figures: Ratio;
	/** People as `/who` shows them: found by full name, aliases and roles right. */
	people: PeopleScore;
	/** Per rule id: of the quotes, statements and meetings it decided that the annotation covers, how many are right. */
	rules: Record<string, Ratio>;
	misses: string[];
}

export const percent = ({ hit, of }: Ratio) => (of ? `${((100 * hit) / of).toFixed(1)}% (${hit}/${of})` : 'n/a');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreCorpus(dir: string): Score {
	const gold = goldSchema.parse(JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8'))).articles;
	const { articles } = readArticles(join(dir, 'articles'));
	// Plain-text articles carry no metadata; the annotation records it, as a user would add it to front matter.
	for (const a of articles) {
		const meta = gold[a.id]?.source_meta;
		if (meta && !a.published) Object.assign(a, { published: meta.published, outlet: meta.outlet ?? null, authors: meta.authors, url: meta.url ?? null });
	}
	const facts = buildFacts(articles, 'eval');
	const store = new MemoryFactStore(facts);
	const entityName = new Map(facts.entities.map((e) => [e.key, e.name]));
	// Two people who spoke together ("Paul Maher and Eric Igou") speak for either: an annotation may list the words of a
	// joint statement once under each.
	const is = (name: string, key: string | null) => {
		if (key === null) return false;
		const members = jointMembers(entityName.get(key) ?? '');
		return store.resolveEntitiesNow(name).some((e) => e.key === key || (!!members && members.includes(e.name)));
	};
	const score: Score = {
		articles: articles.length,
		attribution: { hit: 0, of: 0 },
		spans: { hit: 0, of: 0 },
		misattributed: 0,
		statements: { hit: 0, of: 0 },
		statementPrecision: { hit: 0, of: 0 },
		meetings: emptyMeetingScore(),
		figures: { hit: 0, of: 0 },
		people: emptyPeopleScore(),
		rules: {},
		misses: [],
	};
	const tally = (rule: string, right: boolean) => {
		const ratio = (score.rules[rule] ??= { hit: 0, of: 0 });
		ratio.of++;
		if (right) ratio.hit++;
	};

	const peopleIn = new Map<string, Entity[]>();
	for (const e of facts.entities) {
		if (e.kind !== 'person') continue;
		for (const article of new Set(e.mentions.map((m) => m.article))) {
			const people = peopleIn.get(article);
			if (people) people.push(e);
			else peopleIn.set(article, [e]);
		}
	}
	const annotatesMeetings = Object.values(gold).some((a) => a.meetings.length > 0);
	for (const article of facts.articles) {
		const g = gold[article.id];
		if (!g) continue;
		const body = article.body;
		const locate = (text: string) => {
			const start = body.indexOf(text);
			return start < 0 ? null : { start, end: start + text.length };
		};
		const ours = facts.quotes.filter((q) => q.span.article === article.id);
		// An annotation may name an unnamed speaker by the article's words ("one legal expert"): ours, when we describe them so.
		const saidBy = (name: string, quote: (typeof ours)[number]) =>
			is(name, quote.speaker) || (!quote.speaker && !!quote.source && normalize(quote.source.text) === normalize(name));
		for (const q of g.quotes) {
			const where = locate(q.text.trim());
			const exact = ours.find((o) => normalize(o.span.text) === normalize(q.text));
			const found = exact ?? (where ? ours.find((o) => overlaps(o.span, where)) : undefined);
			score.spans.of++;
			if (exact) score.spans.hit++;
			// A quotation the annotation leaves unattributed is right only when no one is given it.
			if (found) tally(found.rule, q.speaker ? saidBy(q.speaker, found) : found.speaker === null);
			if (!q.speaker) continue;
			score.attribution.of++;
			if (found && saidBy(q.speaker, found)) score.attribution.hit++;
			else {
				if (found?.speaker || found?.source) score.misattributed++;
				const given = found ? (found.speaker ?? (found.source ? `“${found.source.text}”` : 'unattributed')) : 'not found';
				score.misses.push(`quote ${article.id} [${q.form}] ${q.speaker} ← ${given}: "${q.text.slice(0, 60)}"`);
			}
		}
		const statements = facts.statements.filter((s) => s.span.article === article.id);
		for (const s of g.statements) {
			const where = locate(s.text);
			score.statements.of++;
			if (where && statements.some((o) => overlaps(o.span, where) && is(s.speaker, o.speaker))) score.statements.hit++;
			else score.misses.push(`statement ${article.id} ${s.speaker}: "${s.text.slice(0, 70)}"`);
		}
		// Ours that a gold statement, or a gold quotation the statement carries, confirms with the same speaker.
		if (g.statements.length) {
			const confirmed = [...g.statements, ...g.quotes].map((x) => ({ where: locate(x.text.trim()), speaker: x.speaker }));
			for (const o of statements) {
				score.statementPrecision.of++;
				const right = confirmed.some((c) => c.where && c.speaker && overlaps(o.span, c.where) && is(c.speaker, o.speaker));
				tally(o.rule, right);
				if (right) score.statementPrecision.hit++;
				else score.misses.push(`extra statement ${article.id} ${o.speaker}: "${o.span.text.slice(0, 70)}"`);
			}
		}
		// A corpus annotated for quotes only says nothing about meetings.
		if (annotatesMeetings) {
			const judge = { body, is: (name: string, key: string) => is(name, key), name: (key: string) => entityName.get(key) ?? key };
			scoreMeetings(facts.meetings.filter((m) => m.span.article === article.id), g.meetings, judge, score.meetings, score.misses, article.id, tally);
		}
		scorePeople(article.id, body, g.people, peopleIn.get(article.id) ?? [], score.people, score.misses);
		const figures = facts.figures.filter((f) => f.span.article === article.id);
		for (const f of g.figures) {
			const where = locate(f.text);
			score.figures.of++;
			if (where && figures.some((o) => overlaps(o.span, where) && (o.value === f.value || o.min === f.value))) score.figures.hit++;
		}
	}
	return score;
}

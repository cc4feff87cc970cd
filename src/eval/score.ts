import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readArticles } from '../facts/load.js';
import { buildFacts } from '../extract/build.js';
import { MemoryFactStore } from '../facts/store.js';
import { normalize } from '../text/normalize.js';

// Extraction quality against a gold-annotated corpus (articles/ + annotations.json, the format of the development
// corpus): quote attribution and span exactness, meeting precision, recall and dates, statement and figure recall.

const goldSchema = z.object({
	articles: z.record(
		z.string(),
		z.object({
			quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable(), form: z.string(), paragraph: z.number() })),
			statements: z.array(z.object({ text: z.string(), speaker: z.string() })).default([]),
			meetings: z.array(z.object({ participants: z.array(z.string()), date: z.string().nullable(), evidence: z.string() })).default([]),
			figures: z.array(z.object({ text: z.string(), value: z.number() })).default([]),
			source_meta: z.object({ title: z.string(), outlet: z.string().nullable().optional(), authors: z.array(z.string()).default([]), published: z.string(), url: z.string().nullable().optional() }).optional(),
		}),
	),
});

export interface Ratio {
	hit: number;
	of: number;
}

export interface Score {
	articles: number;
	attribution: Ratio;
	spans: Ratio;
	misattributed: number;
	statements: Ratio;
	statementPrecision: Ratio;
	meetingRecall: Ratio;
	meetingPrecision: Ratio;
	meetingDates: Ratio;
	figures: Ratio;
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
	const is = (name: string, key: string | null) => key !== null && store.resolveEntitiesNow(name).some((e) => e.key === key);
	const score: Score = { articles: articles.length, attribution: { hit: 0, of: 0 }, spans: { hit: 0, of: 0 }, misattributed: 0, statements: { hit: 0, of: 0 }, statementPrecision: { hit: 0, of: 0 }, meetingRecall: { hit: 0, of: 0 }, meetingPrecision: { hit: 0, of: 0 }, meetingDates: { hit: 0, of: 0 }, figures: { hit: 0, of: 0 }, misses: [] };

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
		for (const q of g.quotes) {
			const where = locate(q.text.trim());
			const exact = ours.find((o) => normalize(o.span.text) === normalize(q.text));
			const found = exact ?? (where ? ours.find((o) => overlaps(o.span, where)) : undefined);
			score.spans.of++;
			if (exact) score.spans.hit++;
			if (!q.speaker) continue;
			score.attribution.of++;
			if (found && is(q.speaker, found.speaker)) score.attribution.hit++;
			else {
				if (found?.speaker) score.misattributed++;
				const given = found ? found.speaker ?? 'unattributed' : 'not found';
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
				if (confirmed.some((c) => c.where && c.speaker && overlaps(o.span, c.where) && is(c.speaker, o.speaker))) score.statementPrecision.hit++;
				else score.misses.push(`extra statement ${article.id} ${o.speaker}: "${o.span.text.slice(0, 70)}"`);
			}
		}
		const meetings = facts.meetings.filter((m) => m.span.article === article.id);
		const shared = (m: (typeof meetings)[number], gm: (typeof g.meetings)[number]) =>
			gm.participants.filter((p) => m.participants.some((k) => is(p, k) || normalize(entityName.get(k) ?? k) === normalize(p))).length;
		const matches = (m: (typeof meetings)[number], gm: (typeof g.meetings)[number]) => {
			const where = locate(gm.evidence);
			return where !== null && overlaps(m.span, where) && shared(m, gm) > 0;
		};
		for (const gm of g.meetings) {
			score.meetingRecall.of++;
			const match = meetings.filter((m) => matches(m, gm)).sort((a, b) => shared(b, gm) - shared(a, gm))[0];
			if (!match) {
				score.misses.push(`meeting ${article.id} ${gm.participants.join(' + ')}: "${gm.evidence.slice(0, 60)}"`);
				continue;
			}
			score.meetingRecall.hit++;
			score.meetingDates.of++;
			const right = gm.date ? match.date?.precision === 'day' && match.date.start === gm.date : !match.date || match.date.precision !== 'day';
			if (right) score.meetingDates.hit++;
			else score.misses.push(`meeting date ${article.id} ${gm.participants.join(' + ')}: gold ${gm.date}, ours ${match.date?.start ?? null} (${match.date?.text ?? ''})`);
		}
		// A corpus annotated for quotes only says nothing about meetings.
		for (const m of annotatesMeetings ? meetings : []) {
			score.meetingPrecision.of++;
			if (g.meetings.some((gm) => matches(m, gm))) score.meetingPrecision.hit++;
			else score.misses.push(`extra meeting ${article.id} ${m.participants.join(' + ')}: "${m.span.text.slice(0, 70)}"`);
		}
		const figures = facts.figures.filter((f) => f.span.article === article.id);
		for (const f of g.figures) {
			const where = locate(f.text);
			score.figures.of++;
			if (where && figures.some((o) => overlaps(o.span, where) && (o.value === f.value || o.min === f.value))) score.figures.hit++;
		}
	}
	return score;
}

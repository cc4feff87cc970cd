import { z } from 'zod';
import type { Meeting } from '../facts/schema.js';
import { normalize } from '../text/normalize.js';

// Contact events against a gold annotation. An event is found only when its participants are right: every gold
// participant is among ours (a visit's destination may stand in our place, as older annotations list it as a party)
// and none of ours is foreign to the event (a place or a stranger made a party is wrong). Every event we show is
// judged: one that matches no gold event, junk and places as parties included, is a false one.

export const goldMeetingSchema = z.object({
	participants: z.array(z.string()),
	kind: z.string().optional(),
	status: z.string().optional(),
	/** A day, "YYYY-MM-DD/YYYY-MM-DD" for a range, or null. */
	date: z.string().nullable(),
	/** Absent in older annotations: then the place is not scored. */
	place: z.string().nullable().optional(),
	evidence: z.string(),
	/** Absent in older annotations, whose null date also stands for a range of days. */
	evidence_more: z.array(z.string()).optional(),
});
export type GoldMeeting = z.infer<typeof goldMeetingSchema>;

export interface Ratio {
	hit: number;
	of: number;
}

export interface MeetingScore {
	recall: Ratio;
	precision: Ratio;
	dates: Ratio;
	status: Ratio;
	place: Ratio;
	kind: Ratio;
}

export const emptyMeetingScore = (): MeetingScore => ({
	recall: { hit: 0, of: 0 },
	precision: { hit: 0, of: 0 },
	dates: { hit: 0, of: 0 },
	status: { hit: 0, of: 0 },
	place: { hit: 0, of: 0 },
	kind: { hit: 0, of: 0 },
});

/** What the scorer needs to know of the article and the names. */
export interface MeetingJudge {
	body: string;
	/** Whether a gold name refers to an entity key. */
	is: (name: string, key: string) => boolean;
	name: (key: string) => string;
}

const DETERMINER = /^(?:the|a|an|his|her|their|its)\s+/;
/** "the White House" ~ "White House", "the police leadership" ~ "police leadership". */
const bare = (text: string) => normalize(text).replace(DETERMINER, '');
const sameWords = (a: string, b: string) => bare(a) === bare(b);
const wordsOf = (text: string) =>
	` ${bare(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
/**
 * A party the article does not name, as written, against a gold participant: the same words, one inside the other
 * ("a previously scheduled town hall meeting" ~ "town hall meeting"), or its head noun in the name ("the court" ~
 * "International Court of Justice").
 */
function describes(written: string, gold: string): boolean {
	const [w, g] = [wordsOf(written), wordsOf(gold)];
	const head = w.trim().split(' ').at(-1)!;
	return w.includes(g) || g.includes(w) || g.includes(` ${head} `);
}
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Whether a meeting of ours states the gold event: its sentences overlap the gold evidence. */
function tells(m: Meeting, gm: GoldMeeting, body: string): boolean {
	const gold = [gm.evidence, ...(gm.evidence_more ?? [])].flatMap((text) => {
		const start = body.indexOf(text.trim());
		return start < 0 ? [] : [{ start, end: start + text.trim().length }];
	});
	return [m.span, ...m.more].some((s) => gold.some((g) => overlaps(s, g)));
}

/** Our parties, each as the key (or the words, for a counterpart the article does not name). */
function partiesOf(m: Meeting, judge: MeetingJudge): { key: string | null; text: string }[] {
	return [...m.participants.map((key) => ({ key, text: judge.name(key) })), ...(m.counterpart ? [{ key: null, text: m.counterpart.text }] : [])];
}

/** Whether the participants are right: all of the gold's are ours, and none of ours is another's. */
export function rightParticipants(m: Meeting, gm: GoldMeeting, judge: MeetingJudge): boolean {
	const ours = partiesOf(m, judge);
	const named = (p: string, o: { key: string | null; text: string }) => (o.key !== null ? judge.is(p, o.key) || sameWords(p, o.text) : describes(o.text, p));
	const trip = m.kind === 'visit' || m.why.place?.rule === 'place.trip-destination';
	const destination = (p: string) => trip && m.place !== null && sameWords(p, m.place.text);
	const allGold = gm.participants.every((p) => ours.some((o) => named(p, o)) || destination(p));
	const noStranger = ours.every((o) => gm.participants.some((p) => named(p, o)));
	return allGold && noStranger;
}

/**
 * A gold date against ours: the same day, the same range (a month or year ours as the gold writes its days: "in July"
 * and 2023-07-01/2023-07-31), or no day when the gold has none.
 */
export function rightDate(m: Meeting, gold: string | null, rangesAnnotated = true): boolean {
	if (!gold) return !m.date || (m.date.precision !== 'day' && (m.date.precision !== 'range' || !rangesAnnotated));
	const [start, end = start] = gold.split('/');
	return m.date !== null && m.date.start === start && m.date.end === end;
}

export function rightPlace(m: Meeting, gold: string | null): boolean {
	if (gold === null) return m.place === null;
	return m.place !== null && (sameWords(m.place.text, gold) || bare(gold).endsWith(bare(m.place.text)) || bare(m.place.text).endsWith(bare(gold)));
}

/**
 * Scores one article's meetings into `score`; `misses` gets a line for every error, for --verbose; `tally` hears, for
 * each of ours, the rules that found it and chose its parties, and whether it is right.
 */
export function scoreMeetings(
	ours: Meeting[],
	gold: GoldMeeting[],
	judge: MeetingJudge,
	score: MeetingScore,
	misses: string[],
	article: string,
	tally: (rule: string, right: boolean) => void = () => {},
): void {
	const label = (gm: GoldMeeting) => `${article} ${gm.participants.join(' + ')}`;
	const oursLabel = (m: Meeting) =>
		partiesOf(m, judge)
			.map((p) => p.text)
			.join(' + ');
	for (const gm of gold) {
		score.recall.of++;
		// Of several of ours with the right parties ("visited A, B and C" is three visits), the one at the gold's place.
		const candidates = ours.filter((m) => tells(m, gm, judge.body) && rightParticipants(m, gm, judge));
		const match = candidates.find((m) => gm.place && rightPlace(m, gm.place)) ?? candidates.find((m) => m.kind === gm.kind) ?? candidates[0];
		if (!match) {
			const near = ours.find((m) => tells(m, gm, judge.body));
			misses.push(`meeting ${label(gm)}: "${gm.evidence.slice(0, 60)}"${near ? ` (ours: ${oursLabel(near)})` : ''}`);
			continue;
		}
		score.recall.hit++;
		score.dates.of++;
		if (rightDate(match, gm.date, gm.evidence_more !== undefined)) score.dates.hit++;
		else
			misses.push(
				`meeting date ${label(gm)}: gold ${gm.date}, ours ${match.date ? `${match.date.start}/${match.date.end}` : null} (${match.date?.text ?? ''})`,
			);
		if (gm.status) {
			score.status.of++;
			if (gm.status === match.status) score.status.hit++;
			else misses.push(`meeting status ${label(gm)}: gold ${gm.status}, ours ${match.status}`);
		}
		if (gm.place !== undefined) {
			score.place.of++;
			// Older annotations name a visit's destination as a party and leave the place empty.
			const asParty = gm.evidence_more === undefined && match.place !== null && gm.participants.some((p) => sameWords(p, match.place!.text));
			if (rightPlace(match, gm.place) || asParty) score.place.hit++;
			else misses.push(`meeting place ${label(gm)}: gold ${gm.place}, ours ${match.place?.text ?? null}`);
		}
		if (gm.kind) {
			score.kind.of++;
			if (gm.kind === match.kind) score.kind.hit++;
			else misses.push(`meeting kind ${label(gm)}: gold ${gm.kind}, ours ${match.kind}`);
		}
	}
	for (const m of ours) {
		score.precision.of++;
		const right = gold.some((gm) => tells(m, gm, judge.body) && rightParticipants(m, gm, judge));
		tally(m.why.kind.rule, right);
		tally(m.why.participants.rule, right);
		if (right) score.precision.hit++;
		else misses.push(`extra meeting ${article} ${oursLabel(m)} (${m.why.kind.rule}, ${m.why.participants.rule}): "${m.span.text.slice(0, 70)}"`);
	}
}

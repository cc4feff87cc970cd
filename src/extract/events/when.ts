import type { Meeting } from '../../facts/schema.js';
import {
	BOYCOTT_VERBS,
	CANCELLED_WORDS,
	ENDING_VERBS,
	FUTURE_MARKERS,
	INTENT_WORDS,
	OTHER_TIME_WORDS,
	PREVENTING_VERBS,
	SENT_TO_GATHERINGS,
	TELLING_VERBS,
	UNDER_WAY_WORDS,
} from '../../lexicon/events.js';
import { alternation } from '../../lexicon/words.js';
import type { TextRange } from '../../text/sentences.js';
import type { DateMention } from '../dates.js';
import { DOCUMENT_NOUNS } from '../../lexicon/organisations.js';
import { TAKES_OBJECT } from '../../lexicon/verbs.js';
import { COUNT_WORDS, WEEKDAYS, countOf } from '../../lexicon/time.js';
import type { Decision } from './model.js';

// When an event is and whether it happened: the date that the clause of its word gives, else the day an earlier
// sentence of the same story gave; the status from that date against publication, else from the clause's tense.

const FUTURE = new RegExp(`\\b(?<!previously )(?:${alternation(FUTURE_MARKERS)})\\b`, 'i');
/** A sentence that sets its event at another time than the sentence before ("two months after Xi made his first trip"). */
export const OTHER_TIME = new RegExp(`\\b(?:${alternation(OTHER_TIME_WORDS)})\\b`, 'i');
/** A weekday alone ("on Monday"), which the tense alone resolves a week back or forward. */
const BARE_WEEKDAY = new RegExp(`^(?:on )?(?:${WEEKDAYS.join('|')})(?: (?:morning|afternoon|evening|night))?$`, 'i');

/** The future marker of the text up to the end of the event's clause, if any ("will", "is due"). */
export function futureMarker(body: string, from: number, to: number): TextRange | null {
	const m = FUTURE.exec(body.slice(from, to));
	return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

/** Between an event's clause and a date after it: another verb or a relative clause, whose date it is. */
const ANOTHER_VERB = /[;]|\b(?:\w+ed|said|told|will|was|were|is|are|who|which|where)\b/;

/** A relative clause set off by commas, right before a date: ", who oversees economic issues, ". */
const CLOSED_RELATIVE = /^,\s+(?:who|which)\s[^,;]*,\s+$/;

/** After a date opening the sentence: a comma, or the subject right away ("On May 31st the US defence secretary …"). */
const OPENING_DATE_END = /^(?:\W*,|\s+(?:the|a|an|\p{Lu}))/u;

/** "told the Huffington Post on Thursday that …": a listener named between the verb of telling and the day. */
const TOLD_LISTENER = String.raw`(?:${alternation(TAKES_OBJECT)})\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}`;
/** "said in a joint statement on Friday": the writing the telling was in. */
const TOLD_IN_DOCUMENT = String.raw`in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:${alternation(DOCUMENT_NOUNS)})\s+`;
/** A date after a verb of telling is the day of the telling: "…, ABC News reported Monday", "said in a statement on Friday". */
const TOLD_ON = new RegExp(
	String.raw`\b(?:(?:${alternation(TELLING_VERBS)})\s+|${TOLD_LISTENER})(?:${TOLD_IN_DOCUMENT})?(?:on\s+)?$`,
	'u',
);
/** How far before a date its verb of telling may stand: "said in a joint statement on". */
const TOLD_REACH = 48;

/** After the day of a telling, the clause told: "said Friday he planned to", "told Reuters on Monday that Reid would". */
const TELLER_CLAUSE = /^\s*,?\s*(?:that\s|(?:he|she|they)\s)/i;

export interface DateChoice {
	date: DateMention;
	rule: string;
}

/**
 * The date nearest the event word in its clause ('date.in-clause'); a date adverbial after a comma before any other verb
 * ('date.after-clause': "held a summit in Gyeongju, North Gyeongsang, on Nov. 1"); one opening the sentence
 * ('date.sentence-opening': "On Tuesday, Lee is to meet …").
 */
export function dateInSentence(
	dates: DateMention[],
	sentence: TextRange,
	clause: TextRange,
	at: number,
	body: string,
	otherWords: TextRange[] = [],
): DateChoice | null {
	// "The Lee–Xi summit comes … to leverage Trump’s planned visit to China in April": past another event word, its date.
	// "said on Friday (December 13, 2024)": a date in brackets restates the day before it.
	// "Boehner told Senate Republicans on Thursday": the event word's own telling is not another's.
	const toldOn = (d: DateMention, from = 0): boolean => {
		const restated = dates.find((e) => e.end < d.start && /^\s*\(\s*$/.test(body.slice(e.end, d.start)));
		return restated ? toldOn(restated, from) : TOLD_ON.test(body.slice(Math.max(from, d.start - TOLD_REACH), d.start));
	};
	const told = (d: DateMention) => d.start > at && toldOn(d, at + 1);
	// "had spoken with Trump ahead of the Geneva meetings to … prepare for a session in early March": what it was ahead of.
	const aheadOf = (d: DateMention) => d.start > at && AHEAD.test(body.slice(at, d.start));
	// "Trump said Friday he planned to visit Venezuela": the day of a telling whose own clause tells the event.
	const dayOfTelling = (d: DateMention) =>
		d.end <= at && toldOn(d) && TELLER_CLAUSE.test(body.slice(d.end, at));
	// "Speaking to reporters on Thursday morning ahead of a visit to Belgium for a summit": the day of what comes before it.
	const beforeAhead = (d: DateMention) => d.end <= at && AHEAD_OF_WORD.test(body.slice(d.end, at));
	const nearer = (d: DateMention) =>
		otherWords.some((w) => w.start > at && w.end <= d.start) || told(d) || aheadOf(d) || dayOfTelling(d) || beforeAhead(d);
	// A date may run past the comma that ends the clause: "will visit India from December 15 to 17, 2024, the … said".
	const inClause = dates.filter((d) => d.start >= clause.start && d.start < clause.end && d.end <= sentence.end && !nearer(d));
	const distance = (d: DateMention) => (d.start >= at ? d.start - at : at - d.end + 40);
	const nearest = inClause.sort((a, b) => distance(a) - distance(b))[0];
	const later = dates.find((d) => {
		// "called on Vice Premier He, who oversees …, on Wednesday": a relative clause closed by a comma before the date
		// is set off inside the event's clause, and the date after it is the event's.
		const between = body.slice(clause.end, d.start);
		return d.start >= clause.end && d.end <= sentence.end && between.length <= 60 && !ANOTHER_VERB.test(between.replace(CLOSED_RELATIVE, ' '));
	});
	// "will travel to Busan on Friday and hold talks with X, …, on Saturday": a date before "and" is the other verb's.
	const otherVerbs = nearest && nearest.end <= at && AND.test(body.slice(nearest.end, at));
	if (nearest && !(otherVerbs && later)) return { date: nearest, rule: 'date.in-clause' };
	if (later) return { date: later, rule: 'date.after-clause' };
	// "was again on display Thursday, when he met Putin": a clause opened by "when" is set at the time just before it.
	const whenClause = WHEN_OPENS.test(body.slice(clause.start, at));
	const justBefore = (d: DateMention) => d.start >= sentence.start && /^\s*,\s*$/.test(body.slice(d.end, clause.start));
	const before = whenClause ? dates.find(justBefore) : undefined;
	if (before) return { date: before, rule: 'date.before-when-clause' };
	const opening = dates.find(
		(d) => d.start >= sentence.start && /^\W*(?:\w+\s+)?$/.test(body.slice(sentence.start, d.start)) && OPENING_DATE_END.test(body.slice(d.end, d.end + 4)),
	);
	return opening ? { date: opening, rule: 'date.sentence-opening' } : null;
}

const COUNT = String.raw`(\d{1,2}|${alternation(COUNT_WORDS)})`;
/** A length in days the event word gives itself: "a four-day state visit", "his 3-day trip". */
const DAYS_OF_WORD = new RegExp(String.raw`\b${COUNT}-day\b`, 'i');
/** A length in days told after the clause: "began talks on Friday and are set to continue for two days". */
const DAYS_AFTER = new RegExp(
	String.raw`^[^.;:]*?\band\s+(?:are|is)\s+(?:set|expected|due|scheduled)\s+to\s+continue\s+for\s+${COUNT}\s+days\b`,
	'i',
);
/** Before a day that closes a span rather than opens it: "until Friday", "ending on Sunday". */
const CLOSES_SPAN = /\b(?:until|till|through|to|ending|ends|ended)\s+(?:on\s+)?$/i;
/** A verb that ends the event before its word: "will wrap up his four-day visit on Sunday". */
const ENDS_EVENT = new RegExp(String.raw`\b(?:${alternation(ENDING_VERBS)})\s+(?:up\s+)?(?:\w+\s+){0,2}$`, 'i');

/**
 * The days an event of several days takes from the day it begins ('date.days-from-first-day'): "will embark on his
 * four-day state visit to China on Sunday" runs Sunday to Wednesday; not from a day that closes it ("until Sunday",
 * "will wrap up his four-day visit on Sunday").
 */
export function daysFromFirstDay(choice: DateChoice | null, body: string, word: TextRange, sentenceEnd: number): DateChoice | null {
	if (!choice || choice.date.period.precision !== 'day') return choice;
	const told = DAYS_OF_WORD.exec(body.slice(word.start, word.end)) ?? DAYS_AFTER.exec(body.slice(word.end, sentenceEnd));
	const days = told ? countOf(told[1]!) : null;
	const closing =
		CLOSES_SPAN.test(body.slice(Math.max(0, choice.date.start - 16), choice.date.start)) ||
		ENDS_EVENT.test(body.slice(Math.max(0, word.start - 40), word.start));
	if (!days || days < 2 || closing) return choice;
	const { period } = choice.date;
	const span = { ...period, end: shiftDay(period.start, days - 1), precision: 'range' as const };
	return { date: { ...choice.date, period: span }, rule: 'date.days-from-first-day' };
}

/** A trip told as a weekend's: "a weekend visit", "his weekend trip to Paris". */
const WEEKEND_TRIP = /\bweekend\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|stays?|tours?)\b/i;
/** The weekend trip told after a trip's word, in its sentence: "arrived in Colombo on Friday night for a weekend visit". */
const WEEKEND_TRIP_AFTER = new RegExp(String.raw`^[^.;:]*?\b(?:for|on)\s+(?:a|an|his|her|their|the)\s+${WEEKEND_TRIP.source}`, 'i');
/** Friday and Saturday, as Date.getUTCDay counts them: the days a weekend trip may begin. */
const WEEKEND_STARTS = new Set([5, 6]);

/**
 * A trip for a weekend runs from its first day to the Sunday after ('date.weekend-from-first-day'): "Modi arrived in
 * Colombo on Friday night for a weekend visit" runs Friday to Sunday; not from a day that closes it ("until Saturday").
 */
export function weekendFromFirstDay(choice: DateChoice | null, body: string, word: TextRange, sentenceEnd: number, trip: boolean): DateChoice | null {
	if (!trip || !choice || choice.date.period.precision !== 'day') return choice;
	const weekend = WEEKEND_TRIP.test(body.slice(word.start, word.end)) || WEEKEND_TRIP_AFTER.test(body.slice(word.end, sentenceEnd));
	const weekday = new Date(`${choice.date.period.start}T00:00:00Z`).getUTCDay();
	const closing = CLOSES_SPAN.test(body.slice(Math.max(0, choice.date.start - 16), choice.date.start));
	if (!weekend || !WEEKEND_STARTS.has(weekday) || closing) return choice;
	const { period } = choice.date;
	const span = { ...period, end: shiftDay(period.start, 7 - weekday), precision: 'range' as const };
	return { date: { ...choice.date, period: span }, rule: 'date.weekend-from-first-day' };
}

/** The last sentence that gave a day: its index, and whether it told of the future ("will meet on Friday"). */
export interface LastDay {
	date: DateMention;
	sentence: number;
	future: boolean;
	/** Whether the day is after publication. */
	ahead: boolean;
	/** Who the sentence names. */
	names: ReadonlySet<string>;
}

/** A sentence that goes on about the event just reported: "The meeting, which followed talks with …". */
export const REFERS_BACK = /\b(?:the|this|that)\s+(?:meeting|talks|visit|call|summit|trip)\b/i;

/** A step of a schedule told after the one before it: "will then travel", "is due to then meet", "Then, he is to meet". */
// "would" is the "will" of reported speech ("said he would then travel"), but alone no mark of the future ("would like").
const NEXT_STEP = new RegExp(String.raw`^\W*then\b|\b(?:would|${alternation(FUTURE_MARKERS)})(?:\s+to)?\s+then\b`, 'i');

/**
 * The day of an earlier sentence carries to one that goes on with its story: past, close by, set at no other time,
 * and about the same event (it refers back to "the meeting", or the dated sentence names one of its parties); never
 * from a sentence about what will happen to one about what did.
 */
export function carriedDay(lastDay: LastDay | null, index: number, text: string, future: boolean, parties: string[]): DateChoice | null {
	if (!lastDay || index - lastDay.sentence > 3 || OTHER_TIME.test(text)) return null;
	// "On Tuesday, Lee will meet Zhao Leji. Lee will then travel to Shanghai for a dinner": the schedule's next step, that day.
	const nextStep = future && (lastDay.future || lastDay.ahead) && index - lastDay.sentence === 1 && NEXT_STEP.test(text);
	if (nextStep && parties.some((p) => lastDay.names.has(p))) return { date: lastDay.date, rule: 'date.next-step-of-schedule' };
	if (future || lastDay.future) return null;
	if (!REFERS_BACK.test(text) && !parties.some((p) => lastDay.names.has(p))) return null;
	return { date: lastDay.date, rule: 'date.carried-from-earlier-sentence' };
}

const CANCELLED = new RegExp(`\\b(?:${alternation(CANCELLED_WORDS)})\\b`, 'i');
const UNDER_WAY = new RegExp(`\\b(?:${alternation(UNDER_WAY_WORDS)})\\b`, 'i');
const INVITED = /\binvit(?:ed|es|ing|ations?)\b/i;
/** "an invitation to visit Kabul …, which he accepted": an invitation taken up is a visit planned. */
const ACCEPTED = /^[^.;]*?\b(?:which|that)\s+(?:he|she|they)\s+(?:\w+\s+)?accepted\b/i;
/** A trip's word that tells its arrival: "arrived in", "landed in". */
const ARRIVED = /^(?:arrived|landed)\s+in\b/i;
const PRESENT = /^(?:is|are)\b/;
/** Between "under way" and the event word: "for" someone "to" do it ("for Takaichi to visit Washington … for talks"). */
const PREPARED_FOR = /^\s+for\s+(?:[\p{L}.'’-]+\s+){1,4}to\s+[^.;]*$/u;
/** Whom a state sends to a gathering, as a pattern: "delegates", "a delegation". */
export const SENT_TO_GATHERING = alternation(SENT_TO_GATHERINGS).replace(/ /g, String.raw`\s+`);
/** "would not", "won't", "didn't": a verb's negation. */
const NEGATION = String.raw`(?:(?:would|will|did|does|do)\s+not|won['’]t|wouldn['’]t|didn['’]t)`;
/** A negation right before the event word ("would not meet", "refused to visit", "boycotted the Commonwealth summit"). */
// "will not send delegates to the inaugural meeting of": a gathering one will not attend.
const REFUSED = new RegExp(
	String.raw`\b(?:(?:${NEGATION}|(?:could|can)\s+not|(?:refused|refuses|declined|declines)\s+to)\s+(?:\w+\s+)?|` +
		String.raw`${NEGATION}\s+(?:attend|send\s+(?:${SENT_TO_GATHERING})\s+to)\s+` +
		String.raw`(?:the|a|an|its|this|next)\s+(?:[\w-]+\s+){0,3}|` +
		String.raw`(?:${alternation(BOYCOTT_VERBS)})\s+(?:(?:the|a|an|this|his|her|their)\s+)?(?:[\w-]+\s+){0,3}|` +
		// "is blocking the CDC Director Robert Redfield from testifying": kept from the event.
		String.raw`\b(?:${alternation(PREVENTING_VERBS)})\s+(?:\S+\s+){0,12}?from\s+)$`,
	'i',
);
/** "began talks in Abu Dhabi on Friday and are set to continue for two days": begun, and going on past this clause. */
const CONTINUES = /^[^.;:]*?\band\s+(?:are|is)\s+(?:set|expected|due|scheduled)\s+to\s+continue\b/i;
/** Words that set something before an event to come: "ahead of", "in the run-up to", "to prepare for". */
const AHEAD_WORDS = String.raw`\b(?:ahead of|in the run-up to|in advance of|in preparation for|prepare for)`;
const AHEAD = new RegExp(AHEAD_WORDS, 'i');
const AND = /\sand\s/;
/** Words that set the event after the clause's own time, with at most a few words (its parties) between. */
const AHEAD_OF = new RegExp(String.raw`${AHEAD_WORDS}\s+(?:[^\s,;.]+\s+){0,7}[^\s,;.]*$`, 'i');
/** Between a date and the event word: the event is what the dated words come ahead of. */
const AHEAD_OF_WORD = new RegExp(String.raw`^\s+${AHEAD_WORDS}\s+(?:[^\s,;.]+\s+){0,7}$`, 'i');
const INTENT = new RegExp(`\\b(?:${alternation(INTENT_WORDS)})\\b`, 'i');

/** A modal of possibility with the perfect: "may have had", "might not have met". */
const PAST_GUESS = /\b(?:may|might)\s+(?:not\s+)?have\b/gi;
/** A clause of time up to its event word: "when he met with". */
const WHEN_OPENS = /^when\s+[^,;]*$/i;
/** A conjunction that opens a clause of its own: "could be in jeopardy after Trump spoke with Tsai". */
const SUBORDINATOR = /\b(?:after|since|because|following|when|once|as)\s/gi;

/**
 * Wish or possibility before the event word in its clause ("could meet", "called for a meeting with"), if any; not a
 * modal of the main clause across a conjunction ("could potentially be in jeopardy after Trump spoke with Tsai").
 */
export function intentOf(body: string, clause: TextRange, word: TextRange): TextRange | null {
	const subordinate = [...body.slice(clause.start, word.start).matchAll(SUBORDINATOR)].at(-1);
	const from = subordinate ? clause.start + subordinate.index + subordinate[0].length : clause.start;
	// "may have had nothing to lose in meeting with Trump": a guess about the past, no wish.
	const m = INTENT.exec(body.slice(from, word.start).replace(PAST_GUESS, (words) => ' '.repeat(words.length)));
	return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

/** A clause of time up to its subject, a name or a pronoun: "when Obama", "once she", "before President Xi". */
const TIME_CLAUSE_SUBJECT = /\b(?:when|once|after|before|until)\s+(?:he|she|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?<!['’]s))\s+$/u;
/** A verb in the present of the third person: "meets", "visits"; not "is", "was", "has", "does". */
const PRESENT_OF_THIRD_PERSON = /^(?!(?:is|was|has|does)\b)\p{Ll}{2,}s\b/u;

const found = (re: RegExp, body: string, from: number, to: number): TextRange | null => {
	const m = re.exec(body.slice(from, to));
	return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
};

/**
 * The status, in order: called off ('status.cancelled': "canceled talks", "postponed the visit"); said not to happen
 * ('status.refused': "would not meet"); invited
 * ('status.invited': "invited Lee to a summit", the summit itself not yet an event); sought, unless dated ahead
 * ('status.intent': "could meet", "called for a meeting with"); under way ('status.under-way': "was underway",
 * "are holding talks", "… and are set to continue" later in the sentence); then a date wholly before or after
 * publication; then "ahead of" the event; then future words ("will", "is due to", "is headed"); then the present in a
 * clause of time ('status.present-in-clause-of-time': "when Obama meets with Xi"); else reported as fact.
 */
export function statusOf(
	date: DateMention | null,
	published: string | null,
	future: TextRange | null,
	word: TextRange,
	body: string,
	clause: TextRange,
	sentenceEnd = clause.end,
): { status: Meeting['status']; why: Decision } {
	const cancelled = found(CANCELLED, body, clause.start, clause.end);
	if (cancelled) return { status: 'cancelled', why: { rule: 'status.cancelled', evidence: cancelled } };
	// "would not meet with him", "refused to meet": an event said not to happen.
	const refused = found(REFUSED, body, clause.start, word.start);
	if (refused) return { status: 'cancelled', why: { rule: 'status.refused', evidence: refused } };
	const invited = found(INVITED, body, clause.start, word.start);
	const accepted = invited ? found(ACCEPTED, body, word.end, sentenceEnd) : null;
	if (accepted) return { status: 'planned', why: { rule: 'status.invitation-accepted', evidence: accepted } };
	if (invited) return { status: 'invited', why: { rule: 'status.invited', evidence: invited } };
	const intent = intentOf(body, clause, word);
	if (intent && !(date && published && date.period.start > published)) return { status: 'planned', why: { rule: 'status.intent', evidence: intent } };
	// "Blinken is in Tel Aviv for talks": an event word in the present tense is going on.
	const underWay =
		found(UNDER_WAY, body, clause.start, clause.end) ?? found(CONTINUES, body, clause.end, sentenceEnd) ?? found(PRESENT, body, word.start, word.end);
	// "Arrangements are under way for Takaichi to visit Washington": what is under way is getting ready for the event.
	if (underWay && PREPARED_FOR.test(body.slice(underWay.end, word.start))) {
		return { status: 'planned', why: { rule: 'status.preparations-under-way', evidence: underWay } };
	}
	if (underWay) return { status: 'under way', why: { rule: 'status.under-way', evidence: underWay } };
	if (date && published && date.period.start > published) return { status: 'planned', why: { rule: 'status.date-after-publication', evidence: date } };
	if (date && published && date.period.end < published) return { status: 'happened', why: { rule: 'status.date-before-publication', evidence: date } };
	// "Modi arrived in Colombo on Friday night for a weekend visit", told that Friday: a visit begun the day of the telling goes on.
	const arrived = date && date.period.start === published ? found(ARRIVED, body, word.start, word.end) : null;
	if (arrived) return { status: 'under way', why: { rule: 'status.arrived-that-day', evidence: arrived } };
	// "took the lead this week ahead of Xi Jinping’s visit": what something happens ahead of is still to come.
	const ahead = found(AHEAD_OF, body, clause.start, word.start);
	if (ahead) return { status: 'planned', why: { rule: 'status.ahead-of', evidence: ahead } };
	if (future) return { status: 'planned', why: { rule: 'status.future-words', evidence: future } };
	// "expect the spotlight when Obama meets with President Xi": the present in a clause of time tells what is to come.
	const timeClause = found(TIME_CLAUSE_SUBJECT, body, clause.start, word.start);
	if (timeClause && PRESENT_OF_THIRD_PERSON.test(body.slice(word.start, word.end))) {
		return { status: 'planned', why: { rule: 'status.present-in-clause-of-time', evidence: timeClause } };
	}
	return { status: 'happened', why: { rule: 'status.reported-as-fact', evidence: word } };
}

const DAY = 86_400_000;
const shiftDay = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The days a date may mean: a bare weekday's tense may have looked the wrong way. */
function readings(date: DateMention): string[] {
	if (date.period.precision !== 'day') return [];
	return BARE_WEEKDAY.test(date.period.text) ? [date.period.start, shiftDay(date.period.start, -7), shiftDay(date.period.start, 7)] : [date.period.start];
}

/** The date two mentions of one event share: either one when the other has none, the day when a range holds it. */
export function sharedDate(a: DateMention | null, b: DateMention | null): DateMention | null | undefined {
	if (!a || !b) return a ?? b;
	const [range, other] = a.period.precision === 'day' ? [b, a] : [a, b];
	if (range.period.precision === 'day') return range.period.start === other.period.start ? a : undefined;
	const day = readings(other).find((d) => d >= range.period.start && d <= range.period.end);
	return day ? { ...other, period: { ...other.period, start: day, end: day } } : undefined;
}

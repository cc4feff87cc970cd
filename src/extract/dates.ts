import type { Period } from '../facts/schema.js';
import { COUNT_WORDS, MONTH_NAMES, MONTH_SHORT_FORMS, WEEKDAY_NAME, WEEKDAYS, countOf } from '../lexicon/time.js';
import { alternation, capitalised } from '../lexicon/words.js';
import { lastMatchAt } from '../text/matches.js';

// Date expressions resolved against the publication date. Past tense looks back ("met on Tuesday" in a
// Wednesday article is the day before), future tense looks forward; weeks, months and years are ranges.

export interface DateMention {
	start: number;
	end: number;
	period: Period;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (word: string) => MONTH_NAMES.findIndex((m) => word.length >= 3 && m.startsWith(word.toLowerCase().replace('.', '')));
const validDay = (y: number, m: number, d: number) => m >= 0 && m < 12 && d >= 1 && d <= lastDayOfMonth(y, m);
const day = (text: string, y: number, m: number, d: number): Period => {
	const date = `${y}-${pad(m + 1)}-${pad(d)}`;
	return { text, start: date, end: date, precision: 'day' };
};
const month = (text: string, y: number, m: number): Period => ({
	text,
	start: `${y}-${pad(m + 1)}-01`,
	end: `${y}-${pad(m + 1)}-${pad(lastDayOfMonth(y, m))}`,
	precision: 'month',
});
const year = (text: string, y: number): Period => ({ text, start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' });

/** Monday-to-Sunday week containing `t`, shifted by `weeks`. */
function week(text: string, t: number, weeks: number): Period {
	const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY + weeks * 7 * DAY;
	return { text, start: iso(monday), end: iso(monday + 6 * DAY), precision: 'week' };
}

const FUTURE = new RegExp(
	'\\b(?:will|shall|is to|are to|was to|plans?|planned|planning|intends?|expected|scheduled|due to|set to|slated|upcoming|going to|later|next(?! to\\b)|' +
		'(?:is|are) head(?:ed|ing))\\b',
	'i',
);
const PAST = new RegExp(
	'\\b(?:\\w+ed|met|said|told|held|made|went|came|took|gave|spoke|saw|sent|flew|began|left|won|led|hit|set|put|got|ran|wrote|was|were|had|did|' +
		'brought|fought|thought|found|became|chose|drove|fell|felt|kept|knew|lost|paid|rose|sat|sold|stood|struck|ago|last|yesterday)\\b',
	'i',
);
/** Present tense that news uses for the schedule ("he travels on to Ethiopia on Sunday", "is hosting", "Obama arrives in China Saturday"). */
// "The meeting comes ahead of a summit … on Friday": a schedule told in the present looks forward.
const PRESENT = /\b(?:(?:is|are|am) \w+ing|(?:he|she|it|they|we) \w+s|arrives|visits|travels|heads|flies|lands|departs|hosts|attends|comes)\b/i;

/** The tenses' words, global, to find the last of them. */
const TENSE_WORDS = { future: new RegExp(FUTURE.source, 'gi'), past: new RegExp(PAST.source, 'gi'), present: new RegExp(PRESENT.source, 'gi') };
/** A word of the future with the passive or perfect it governs: "will be held", "is to be signed", "will have met". */
const FUTURE_PHRASE = new RegExp(String.raw`(?:${FUTURE.source})(?:\s+(?:not\s+)?(?:be|have(?:\s+been)?)\s+\w+)?`, 'gi');

/**
 * Whether a date's clause speaks of the future (looks forward for a weekday): the tense nearest before it ("It will
 * be their first meeting since X took office in late October" is past), else the first after it.
 */
export function speaksOfFuture(before: string, after: string, wider = ''): boolean {
	// A word of the future may look past ("is headed", "planned", "will be held"): past words count only outside them.
	const outsideFuture = before.replace(FUTURE_PHRASE, (words) => ' '.repeat(words.length));
	const future = lastMatchAt(TENSE_WORDS.future, before);
	const past = lastMatchAt(TENSE_WORDS.past, outsideFuture);
	const present = lastMatchAt(TENSE_WORDS.present, outsideFuture);
	if (future >= 0 || past >= 0 || present >= 0) return Math.max(future, present) > past;
	if (FUTURE.test(after)) return true;
	if (PAST.test(after)) return false;
	if (PRESENT.test(after)) return true;
	// "will hold talks with South Korea's new national security adviser, Mr Suh Hoon, on Saturday": a clause with no
	// tense of its own takes the sentence's before it.
	return wider !== '' && speaksOfFuture(wider, '');
}
/** A month's name, in full or short with its stop ("Sept."); "May" is only ever in full. */
const SHORT_MONTHS = [...MONTH_SHORT_FORMS].filter((m) => !MONTH_NAMES.includes(m));
const MONTH = String.raw`(?:${alternation(capitalised(MONTH_NAMES))}|(?:${alternation(capitalised(SHORT_MONTHS))})\.?)`;

/** A month's name somewhere: a text without one holds no match of the patterns written with MONTH. */
const ANY_MONTH = new RegExp(MONTH);

/**
 * `resolve` returning null for a match of a `blocks` pattern keeps later patterns off that text. `needs`: what every
 * match holds, looked for once in the whole text first, since the patterns cost far more to run than it.
 */
const PATTERNS: { re: RegExp; needs?: RegExp; blocks?: boolean; resolve: (m: RegExpExecArray, pub: number | null, future: boolean) => Period | null }[] = [
	{
		re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
		resolve: (m) => (validDay(+m[1]!, +m[2]! - 1, +m[3]!) ? day(m[0], +m[1]!, +m[2]! - 1, +m[3]!) : null),
	},
	{
		// 16/5/2024: day first unless only month-first is valid.
		re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
		resolve: (m) => {
			const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
			if (validDay(y, b - 1, a)) return day(m[0], y, b - 1, a);
			return validDay(y, a - 1, b) ? day(m[0], y, a - 1, b) : null;
		},
	},
	{
		// A dateline ("SEOUL, Jan. 2 (Yonhap) --") dates the report, not an event.
		re: new RegExp(`^\\p{Lu}[\\p{Lu} .]+, (${MONTH}) (\\d{1,2})\\b(?: \\([^)]{1,30}\\))?`, 'gu'),
		needs: ANY_MONTH,
		blocks: true,
		resolve: () => null,
	},
	{
		// "from Jan. 4 to 6", "May 3-5, 2024", "between October 11 and 13": a range of days.
		re: new RegExp(
			`\\b(?:from |(?=between ))?(?:between )?(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?(?: to | through |-|–|(?<=between [^,;]{3,20}) and )` +
				`(\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`,
			'g',
		),
		needs: ANY_MONTH,
		resolve: (m, pub, future) => dayRange(m[0], monthIndex(m[1]!), +m[2]!, +m[3]!, m[4], pub, future),
	},
	{
		// "16–18 October 2025", "from 16 to 18 October", "between 16 and 18 October": a range of days written day first.
		re: new RegExp(
			`\\b(?:from |(?=between ))?(?:between )?(\\d{1,2})(?:st|nd|rd|th)?(?: to | through |-|–|(?<=between \\d{1,2}(?:st|nd|rd|th)?) and )` +
				`(\\d{1,2})(?:st|nd|rd|th)? (${MONTH})(?:,? (\\d{4}))?\\b`,
			'g',
		),
		needs: ANY_MONTH,
		resolve: (m, pub, future) => dayRange(m[0], monthIndex(m[3]!), +m[1]!, +m[2]!, m[4], pub, future),
	},
	{
		re: new RegExp(`\\b(${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'g'),
		needs: ANY_MONTH,
		resolve: (m, pub, future) => dayOfMonth(m[0], monthIndex(m[1]!), +m[2]!, m[3], pub, future),
	},
	{
		re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (${MONTH})(?:,? (\\d{4}))?\\b`, 'g'),
		needs: ANY_MONTH,
		resolve: (m, pub, future) => dayOfMonth(m[0], monthIndex(m[2]!), +m[1]!, m[3], pub, future),
	},
	{
		re: new RegExp(`\\b(?:(?:in|since|during|until|by|of|from|early|late|mid-?)\\s+)?(${MONTH}) (\\d{4})\\b`, 'g'),
		needs: ANY_MONTH,
		resolve: (m) => (monthIndex(m[1]!) >= 0 ? month(m[0], +m[2]!, monthIndex(m[1]!)) : null),
	},
	{
		re: /\b(?:in|since|during|until|by|throughout|(?:the )?(?:end|start|beginning|middle) of) ((?:19|20)\d{2})\b/g,
		resolve: (m) => year(m[0], +m[1]!),
	},
	{
		// "in May", "Lee's November summit": the month of the publication year, or of the year before when it has not come yet.
		re: new RegExp(
			`\\b(?:in|since|during|until|by|early|late|mid-?|(?:set|scheduled|planned|slated|due) for)\\s+(${MONTH})(?![\\w.]* \\d)|` +
				`(?<=(?:['’]s|\\b(?:the|a|last|next|this|his|her|their|its)) )(${MONTH})(?= (?:state )?(?:summit|visit|trip|talks|meeting|call)\\b)`,
			'g',
		),
		needs: ANY_MONTH,
		resolve: (m, pub, future) => {
			const index = monthIndex((m[1] ?? m[2])!);
			if (pub === null || index < 0) return null;
			const [y, now] = ymd(pub);
			// "a summit set for July" looks forward whatever the tense around it.
			const ahead = future || /^(?:set|scheduled|planned|slated|due) for\b/i.test(m[0]);
			return month(m[0], !ahead && index > now ? y - 1 : ahead && index < now ? y + 1 : y, index);
		},
	},
	{
		re: new RegExp(
			`\\b(?:(last|this|next|on|later on|earlier on|late on|early on)\\s+)?(${WEEKDAY_NAME})\\b(?: (?:morning|afternoon|evening|night))?`,
			'g',
		),
		resolve: (m, pub, future) => {
			if (pub === null) return null;
			const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
			const diff = (target - new Date(pub).getUTCDay() + 7) % 7;
			const lead = (m[1] ?? '').toLowerCase();
			// "will meet on Friday" in a Friday article is that day: news names a day a week ahead "next Friday" or by its date.
			const forward = lead === 'next' || lead.startsWith('later') || (lead !== 'last' && future);
			if (lead === 'next') return day(m[0], ...ymd(pub + (diff === 0 ? 7 : diff) * DAY));
			if (forward) return day(m[0], ...ymd(pub + diff * DAY));
			const back = (7 - diff) % 7;
			return day(m[0], ...ymd(pub - (lead === 'last' && back === 0 ? 7 : back) * DAY));
		},
	},
	{
		re: /\b(today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night)\b/gi,
		resolve: (m, pub) => {
			if (pub === null) return null;
			const offset = { yesterday: -1, tomorrow: 1, 'last night': -1 }[m[1]!.toLowerCase()] ?? 0;
			return day(m[0], ...ymd(pub + offset * DAY));
		},
	},
	{
		re: /\b(?:(earlier|later) )?(last|this|next|past|coming) (week|month|year)\b/gi,
		resolve: (m, pub) => {
			if (pub === null) return null;
			const shift = { last: -1, past: -1, this: 0, next: 1, coming: 1 }[m[2]!.toLowerCase() as 'last'] ?? 0;
			const unit = m[3]!.toLowerCase();
			const [y, mo] = ymd(pub);
			if (unit === 'week') return week(m[0], pub, shift);
			if (unit === 'month') return month(m[0], mo + shift < 0 ? y - 1 : mo + shift > 11 ? y + 1 : y, (mo + shift + 12) % 12);
			return year(m[0], y + shift);
		},
	},
	{
		re: new RegExp(String.raw`\b(\d{1,2}|${alternation(COUNT_WORDS)}) (days|weeks|months|years) ago\b`, 'gi'),
		needs: / ago\b/i,
		resolve: (m, pub) => {
			if (pub === null) return null;
			const n = countOf(m[1]!)!;
			const unit = m[2]!.toLowerCase();
			if (unit === 'days') return day(m[0], ...ymd(pub - n * DAY));
			if (unit === 'weeks') return week(m[0], pub, -n);
			const [y, mo] = ymd(pub);
			return unit === 'years' ? year(m[0], y - n) : month(m[0], y + Math.floor((mo - n) / 12), (((mo - n) % 12) + 12) % 12);
		},
	},
];

function ymd(t: number): [number, number, number] {
	const d = new Date(t);
	return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

/** Days `from` to `to` of one month, the year as for its first day; null unless the range runs forward. */
function dayRange(text: string, m: number, from: number, to: number, y: string | undefined, pub: number | null, future: boolean): Period | null {
	const first = dayOfMonth(text, m, from, y, pub, future);
	if (!first || to <= from || !validDay(+first.start.slice(0, 4), m, to)) return null;
	return { text, start: first.start, end: `${first.start.slice(0, 8)}${pad(to)}`, precision: 'range' };
}

/** "May 16": the year given, else the one that puts the day nearest publication (ties go with the tense). */
function dayOfMonth(text: string, m: number, d: number, y: string | undefined, pub: number | null, future: boolean): Period | null {
	if (m < 0) return null;
	if (y) return validDay(+y, m, d) ? day(text, +y, m, d) : null;
	if (pub === null) return null;
	const base = ymd(pub)[0];
	const distance = (yy: number) => Math.abs(Date.UTC(yy, m, d) - pub) + ((Date.UTC(yy, m, d) > pub) === future ? 0 : DAY);
	const yy = [base - 1, base, base + 1].sort((a, b) => distance(a) - distance(b))[0]!;
	return validDay(yy, m, d) ? day(text, yy, m, d) : null;
}

/** Date expressions in text[from, to), left to right, without overlaps. */
export function findDates(text: string, from: number, to: number, published: string | null): DateMention[] {
	const pub = published ? utc(published) : null;
	const slice = text.slice(from, to);
	const found: DateMention[] = [];
	const blocked: { start: number; end: number }[] = [];
	const looked = new Map<RegExp, boolean>();
	const holds = (needs: RegExp) => {
		if (!looked.has(needs)) looked.set(needs, needs.test(slice));
		return looked.get(needs)!;
	};
	for (const { re, needs, resolve, blocks } of PATTERNS) {
		if (needs && !holds(needs)) continue;
		re.lastIndex = 0;
		for (let m = re.exec(slice); m; m = re.exec(slice)) {
			const start = from + m.index;
			const end = start + m[0].length;
			if ([...found, ...blocked].some((f) => f.start < end && start < f.end)) continue;
			if (blocks) blocked.push({ start, end });
			const before = slice.slice(Math.max(0, m.index - 100), m.index);
			const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 100);
			// The clause around the date: not past a sentence end (quotation marks included), a paragraph or a comma before a name.
			const clauseBefore = before.split(/[.;!?]["'’”]?\s|\n|,\s(?=\p{Lu})/u).at(-1) ?? before;
			const sentenceBefore = slice.slice(Math.max(0, m.index - 300), m.index).split(/[.;!?]["'’”]?\s|\n/u).at(-1) ?? before;
			const period = resolve(m, pub, speaksOfFuture(clauseBefore, after.split(/[.;!?](?:\s|$)|\n/)[0] ?? after, sentenceBefore));
			if (period) found.push({ start, end, period: { ...period, text: m[0] } });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

// Time in a question: "in may", "in april 2024", "in 2024", "last week", "this year", "before the summit".

export interface TimeFilter {
	/** As the question put it ("in May"). */
	text: string;
	/** A month of any year ("in may"): 1-12. */
	month?: number;
	/** Inclusive ISO bounds. */
	from?: string;
	to?: string;
	/** "before/after <event>": what the event is, resolved against the coverage by the caller. */
	relative?: { direction: 'before' | 'after'; event: string };
	/** A relative time whose event the coverage does not date: shown in the reading, filtering nothing. */
	unplaced?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;

const monthNumber = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3))) + 1;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Pattern {
	re: RegExp;
	read: (m: RegExpExecArray, today: Date) => Omit<TimeFilter, 'text'>;
}

/** Ordered: the most specific form first. */
const PATTERNS: Pattern[] = [
	{
		// "in may 2024", "may 2024"
		re: new RegExp(`\\b(?:in |during |since )?${MONTH_RE} ((?:19|20)\\d\\d)\\b`),
		read: (m) => {
			const month = monthNumber(m[1]!);
			const year = Number(m[2]);
			return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${lastDay(year, month)}` };
		},
	},
	{
		// "in may": the month in any year ("may" alone is too often the verb)
		re: new RegExp(`\\b(?:in|during|since) ${MONTH_RE}\\b`),
		read: (m) => ({ month: monthNumber(m[1]!) }),
	},
	{
		re: /\b(?:in|during|since) ((?:19|20)\d\d)\b/,
		read: (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31` }),
	},
	{
		re: /\b(last|this|next) (week|month|year)\b/,
		read: (m, today) => {
			const shift = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
			const y = today.getUTCFullYear();
			if (m[2] === 'year') return { from: `${y + shift}-01-01`, to: `${y + shift}-12-31` };
			if (m[2] === 'month') {
				const d = new Date(Date.UTC(y, today.getUTCMonth() + shift, 1));
				return { from: iso(d), to: `${iso(d).slice(0, 8)}${lastDay(d.getUTCFullYear(), d.getUTCMonth() + 1)}` };
			}
			const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000 + shift * 7 * 86_400_000);
			return { from: iso(monday), to: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
		},
	},
	{
		re: /\b(before|after) (?:the )?([a-z][\w-]*(?: [a-z][\w-]*)?)$/,
		read: (m) => ({ relative: { direction: m[1] as 'before' | 'after', event: m[2]! } }),
	},
];

/** The time a question asks about, and the question without it; `today` reads "last week". */
export function readTime(question: string, today: Date): { time: TimeFilter | null; rest: string } {
	for (const { re, read } of PATTERNS) {
		const m = re.exec(question);
		if (!m) continue;
		const text = m[0].trim().replace(new RegExp(`\\b${MONTH_RE}\\b`), capital);
		const rest = (question.slice(0, m.index) + question.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
		return { time: { text, ...read(m, today) }, rest };
	}
	return { time: null, rest: question };
}

/** Whether a dated period overlaps the time asked about; an undated item never matches a placed time. */
export function withinTime(period: { start: string; end: string } | null, time: TimeFilter): boolean {
	if (time.unplaced) return true;
	if (!period) return false;
	if (time.month) {
		const from = new Date(`${period.start}T00:00:00Z`);
		const to = new Date(`${period.end}T00:00:00Z`);
		for (let d = from; d <= to; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) if (d.getUTCMonth() + 1 === time.month) return true;
		return false;
	}
	return (!time.from || period.end >= time.from) && (!time.to || period.start <= time.to);
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** "before the summit": bounds from the date of the event it names, or marked unplaced when nothing dates it. */
export function placeRelative(time: TimeFilter, eventDate: { start: string; end: string } | null): TimeFilter {
	if (!time.relative) return time;
	if (!eventDate) return { ...time, unplaced: true };
	const text = `${time.text} (${eventDate.start === eventDate.end ? eventDate.start : `${eventDate.start} to ${eventDate.end}`})`;
	return time.relative.direction === 'before' ? { ...time, text, to: dayBefore(eventDate.start) } : { ...time, text, from: dayAfter(eventDate.end) };
}

import type { Meeting } from '../../facts/schema.js';
import { normalize } from '../../text/normalize.js';

// One event told by several articles: the same parties, kinds that may name the same contact ("talks" and "a
// summit"), and dates that agree or lie close together. Close dates that differ stay as told, each with its article:
// the answer shows both rather than choosing one.

const DAY = 86_400_000;
/** Days two reports of one event may differ by: a report's "Thursday" may be another's "Friday" across time zones. */
const DATE_SLACK_DAYS = 2;
/** Undated reports are of one event only when their articles appeared within this many days of each other. */
const UNDATED_WINDOW_DAYS = 7;
/** Kinds that may name one contact: the talks of a summit, the meeting of a visit. */
const FAMILY: Record<Meeting['kind'], string> = {
	meeting: 'met',
	talks: 'met',
	summit: 'met',
	visit: 'met',
	call: 'call',
	signing: 'signing',
	hearing: 'hearing',
	address: 'address',
};

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Whether two reports' dates may be of one event: overlapping periods, or days close together. */
function datesAgree(a: Meeting, b: Meeting, published: (m: Meeting) => string | null): boolean {
	if (a.date && b.date) return days(a.date.start) - DATE_SLACK_DAYS <= days(b.date.end) && days(b.date.start) - DATE_SLACK_DAYS <= days(a.date.end);
	const [pa, pb] = [published(a), published(b)];
	return pa !== null && pb !== null && Math.abs(days(pa) - days(pb)) <= UNDATED_WINDOW_DAYS;
}

/** Who took part, as one key: the parties' keys and the words of an unnamed counterpart. */
const partiesKey = (m: Meeting) => [...m.participants].sort().join('|') + (m.counterpart ? `|${normalize(m.counterpart.text)}` : '');

/** Reports that may be of one event share this key: the kind's family, a cancellation, and who took part. */
export const eventGroup = (m: Meeting): string => `${FAMILY[m.kind]}|${m.status === 'cancelled' ? 'cancelled' : ''}|${partiesKey(m)}`;

/** Sets each meeting's `event` to the id of the first report of the same event; reports of one article stay apart. */
export function linkEvents(meetings: Meeting[], published: (article: string) => string | null): void {
	const byParties = new Map<string, Meeting[]>();
	const publishedOf = (m: Meeting) => published(m.span.article);
	for (const m of meetings) {
		const key = eventGroup(m);
		const earlier = byParties.get(key) ?? [];
		const same = earlier.find((e) => e.span.article !== m.span.article && datesAgree(e, m, publishedOf));
		m.event = same ? same.event : m.id;
		earlier.push(m);
		byParties.set(key, earlier);
	}
}

import { isoDateSchema } from '../facts/schema.js';
import { MONTH_NAMES } from '../lexicon/time.js';
import { NEWS_AGENCIES } from '../lexicon/organisations.js';

// What a byline and a date say, read the same way whether they come from front matter, the top of a pasted text or
// an HTML page's metadata.

/** Whitespace of every kind (non-breaking, zero-width) as one space, trimmed. */
export const clean = (text: string | null | undefined): string => (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** Words that open a byline, in the languages the archive sees most ("By", "Par", "Por", "Von", "Di", "Door"). */
const BYLINE_OPENERS = ['by', 'par', 'por', 'von', 'di', 'door', 'av', 'de'];
export const BYLINE_OPENER = new RegExp(`^(?:${BYLINE_OPENERS.join('|')})\\s+`, 'i');

/**
 * Names in a byline: "By Jane Doe and John Roe" → two authors. A part with a digit ("Lucas Nolan22 Dec 2016") is a
 * byline run into a date, a part with "/", "@" or ":" a link or an address: neither is a name, so neither is kept.
 */
export function bylineNames(byline: string): string[] {
	return clean(byline)
		.replace(/\([^)]*\)/g, ' ')
		.split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
		.map((name) => clean(name.replace(BYLINE_OPENER, '')))
		.filter((name) => name.length > 1 && name.length <= 80 && !/[/@:\d]/.test(name) && /\p{L}/u.test(name));
}

/** A byline's authors, and the news agencies it cites: "Jane Doe, Reuters" → authors [Jane Doe], cites [Reuters]. */
export function bylineParts(byline: string): { authors: string[]; cites: string[] } {
	return creditedNames(bylineNames(byline));
}

/** Names credited with an article, split into its authors and the news agencies it cites. */
export function creditedNames(names: readonly string[]): { authors: string[]; cites: string[] } {
	const agency = (name: string) => NEWS_AGENCIES.has(name.toLowerCase());
	return { authors: names.filter((name) => !agency(name)), cites: names.filter(agency) };
}

/** A date written in words: "May 16, 2024", "16 May 2024", "Jan. 13, 2017". */
function dayInWords(text: string): string | null {
	const monthFirst = /\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b/.exec(text);
	const dayFirst = /\b(\d{1,2}) ([A-Z][a-z]+)\.?,? (\d{4})\b/.exec(text);
	const [month, day, year] = monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : [];
	const m = MONTH_NAMES.findIndex((name) => month && name.startsWith(month.toLowerCase()) && month.length >= 3);
	if (m < 0 || !day || !year) return null;
	return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The calendar day a date names, as written: "2017-01-13T00:00:04-05:00" is the 13th, whatever UTC says; also
 * "20170113", "2016-02-01 01:28:49" and words ("May 16, 2024"). Null when it names no real day.
 */
export function dayOf(value: string): string | null {
	const numeric = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(value.trim());
	const day = numeric ? `${numeric[1]}-${numeric[2]}-${numeric[3]}` : dayInWords(value);
	return day && isoDateSchema.safeParse(day).success ? day : null;
}

/** A date line near the top of a pasted article: "Published: 2024-05-16", "May 16, 2024" or "16 May 2024". */
export function dayInLine(line: string): string | null {
	// Kept as written when it names no real day ("2024-02-30"), so that the article is refused with the reason.
	return /\b\d{4}-\d{2}-\d{2}\b/.exec(line)?.[0] ?? dayInWords(line);
}

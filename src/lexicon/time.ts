import { alternation, capitalised, table, wordSet } from './words.js';

// Names of months and days, and time words that may stand between a subject and its verb ("Kristersson on Monday admitted").

/** Month names in calendar order (index 0 is January). */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The short forms of month names, which are also given names ("Dong Jun", "Li Mar"): "jan", "feb", … ("sept" too). */
export const MONTH_SHORT_FORMS: ReadonlySet<string> = new Set([...MONTH_NAMES.map((m) => m.slice(0, 3)), 'sept']);
/** Weekday names in the order of Date.getUTCDay (index 0 is Sunday). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The weekday names as a pattern, capitalised as written in running text: "(?:Sunday|Monday|…)". */
export const WEEKDAY_NAME = `(?:${alternation(capitalised(WEEKDAYS))})`;

/**
 * Number words with their values, in order ("two days ago", "the three officials", "how many … fifteen"): the words a
 * count or a figure is written with.
 */
const NUMBER_WORDS = table(`
one: 1
two: 2
three: 3
four: 4
five: 5
six: 6
seven: 7
eight: 8
nine: 9
ten: 10
eleven: 11
twelve: 12
fifteen: 15
twenty: 20
thirty: 30
forty: 40
fifty: 50
`).map(([word, value]) => [word, Number(value)] as const);
/** The number words from `least` to `most` ("two" to "four" for the counts of people named together). */
export const numberWords = (least: number, most: number): string[] =>
	NUMBER_WORDS.filter(([, value]) => value >= least && value <= most).map(([word]) => word);
/** Number words from two up to ten, in order ("two days ago", "a four-day visit"). */
export const COUNT_WORDS = numberWords(2, 10);
const COUNT_VALUES = new Map(NUMBER_WORDS.filter(([word]) => COUNT_WORDS.includes(word)));
/** A count written in words or digits ("four", "4"), as a number; null for another word. */
export const countOf = (word: string): number | null => (/^\d+$/.test(word) ? +word : (COUNT_VALUES.get(word.toLowerCase()) ?? null));

/** Days and parts of the calendar a time phrase ends with ("on Monday", "last week"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
	...WEEKDAYS,
	...wordSet(`
week
month
year
night
morning
evening
afternoon
`),
]);

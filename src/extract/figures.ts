import { alternation } from '../lexicon/words.js';
import type { TextRange } from '../text/sentences.js';

// Numbers with what they count: money with its currency, percentages, ages, counts of things ("88,000 positions",
// "four assailants") and vague counts in words ("dozens of", "tens of thousands"), with qualifiers ("more than").

export interface RawFigure extends TextRange {
	value: number | null;
	/** Lower bound of a vague count ("dozens" ≥ 24). */
	min: number | null;
	unit: string | null;
	approximate: boolean;
}

const WORD_NUMBERS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12,
};
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const VAGUE: Record<string, number> = {
	dozens: 24,
	scores: 40,
	hundreds: 200,
	thousands: 2000,
	millions: 2e6,
	billions: 2e9,
	'tens of thousands': 20_000,
	'hundreds of thousands': 200_000,
	'tens of millions': 2e7,
	'hundreds of millions': 2e8,
};
const CURRENCY_SYMBOLS: Record<string, string> = {
	rm: 'MYR',
	rs: 'INR',
	'rs.': 'INR',
	$: 'USD',
	us$: 'USD',
	c$: 'CAD',
	a$: 'AUD',
	nz$: 'NZD',
	hk$: 'HKD',
	s$: 'SGD',
	'€': 'EUR',
	'£': 'GBP',
	'¥': 'JPY',
	'₹': 'INR',
	'₽': 'RUB',
	r: 'ZAR',
};
const CURRENCY_WORDS: Record<string, string> = {
	dollars: 'USD',
	dollar: 'USD',
	euros: 'EUR',
	euro: 'EUR',
	pounds: 'GBP',
	yuan: 'CNY',
	renminbi: 'CNY',
	yen: 'JPY',
	rubles: 'RUB',
	roubles: 'RUB',
	rupees: 'INR',
	rand: 'ZAR',
	shillings: 'shillings',
	francs: 'francs',
	pesos: 'pesos',
};
/** Words after a number that are not what it counts. */
const NOT_UNITS = new Set(
	`most more less other such same first last next previous major minor key main new old big small large top and or of to in on at by for from
	the a an than as per with that which who is was were are be been has have had will would said says its their his her`.split(/\s+/),
);

const QUALIFIERS =
	'more than|less than|fewer than|over|under|about|around|nearly|almost|some|roughly|approximately|up to|at least|at most|just|only|an estimated|close to';
const QUALIFIER = String.raw`(?:(?:${QUALIFIERS})\s+)?`;
const QUALIFIED = new RegExp(String.raw`^(?:${QUALIFIERS})\s`, 'i');
/** Qualifiers that make a figure approximate ("just 18 months" is exact). */
const APPROXIMATE = new RegExp(String.raw`^(?:${QUALIFIERS.replace('|just|only', '')})\s`, 'i');
// Never the tail of a longer token ("RM6.162" is not "162").
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const NUMBER = String.raw`(?<![\w.,])${DIGITS}`;
// "one" is left out: "one of", "on one hand" are rarely figures. Longest first and whole words only, so "fourteen"
// is never read as "four" and "seventeen" is not lost to "seven".
const WORD_NUMBER = String.raw`(?:${alternation(Object.keys(WORD_NUMBERS).filter((w) => w !== 'one'))})\b`;
const SCALE_WORD = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|mn|tn)\b)`;
/** "$5m", "600m/-": a one-letter scale only next to a currency. */
const MONEY_SCALE = String.raw`(?:-?${SCALE_WORD}|[mbk]\b)`;
const UNIT_WORD = String.raw`(?:\s+[a-z][a-z\-]+)?`;

/** "seventy-eight" → 78, "four" → 4, "12" → 12. */
function numberValue(text: string): number {
	const parts = text.toLowerCase().split('-');
	if (parts.every((p) => Object.hasOwn(WORD_NUMBERS, p))) return parts.reduce((sum, p) => sum + WORD_NUMBERS[p]!, 0);
	return parseNumber(text);
}
/** A number in digits or words, compounds included ("seventy-eight"). */
const ANY_NUMBER = String.raw`(?:${DIGITS}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:${WORD_NUMBER}|one))`;
/** Units of a hyphenated measure ("a four-day visit", "a 70-page report", "a three-percent quota"). */
const COMPOUND_UNITS: Record<string, string> = {
	day: 'days',
	week: 'weeks',
	month: 'months',
	year: 'years',
	hour: 'hours',
	minute: 'minutes',
	page: 'pages',
	mile: 'miles',
	kilometre: 'km',
	kilometer: 'km',
	seat: 'seats',
	member: 'members',
	percent: '%',
	point: 'points',
};

/** `counted`: the group holding the counted noun, dropped from the span when it is not a unit ("two most …"). */
const PATTERNS: { re: RegExp; counted?: number; read: (m: RegExpExecArray) => Omit<RawFigure, 'start' | 'end' | 'approximate'> | null }[] = [
	{
		// $240 billion, US$5m, €800 billion, 10,000/-
		re: new RegExp(
			String.raw`(?<![\w$])${QUALIFIER}(US\$|C\$|A\$|NZ\$|HK\$|S\$|\$|€|£|¥|₹|₽|RM|Rs\.?|R(?=\d))\s?(${DIGITS})(${MONEY_SCALE})?|` +
				String.raw`\b${QUALIFIER}(${NUMBER})(${MONEY_SCALE})?\s?` +
				String.raw`(dollars|euros|pounds|yuan|renminbi|yen|rubles|roubles|rupees|rand|shillings|francs|pesos|/-)`,
			'gi',
		),
		read: (m) => {
			const number = m[2] ?? m[4]!;
			const scale = (m[3] ?? m[5] ?? '').replace(/^[\s-]+/, '').toLowerCase();
			const currency = m[1] ? CURRENCY_SYMBOLS[m[1].toLowerCase()]! : m[6] === '/-' ? 'shillings' : CURRENCY_WORDS[m[6]!.toLowerCase()]!;
			return { value: parseNumber(number) * (SCALE[scale] ?? 1), min: null, unit: currency };
		},
	},
	{
		re: new RegExp(String.raw`\b${QUALIFIER}(${NUMBER})\s?(%|percent\b|per cent\b|percentage points?\b)`, 'gi'),
		read: (m) => ({ value: parseNumber(m[1]!), min: null, unit: /point/i.test(m[2]!) ? 'percentage points' : '%' }),
	},
	{
		re: new RegExp(String.raw`\b${QUALIFIER}(${NUMBER})\s?(km|m|cm|mm|kg|mph|km/h|sq km|hectares|acres|tonnes|tons|barrels|MW|GW|kWh)\b`, 'g'),
		read: (m) => ({ value: parseNumber(m[1]!), min: null, unit: m[2]! }),
	},
	{
		// ages: "a 33-year-old", "the 93 year-old", "Seventy-eight-year-old", "70 years old"
		re: new RegExp(String.raw`(?<![\w-])(${ANY_NUMBER})(?:-| )year-old\b|\b(\d{1,3}) years old\b`, 'gi'),
		read: (m) => ({ value: numberValue((m[1] ?? m[2])!), min: null, unit: 'years (age)' }),
	},
	{
		// "Abdallah, 37, was killed": an age between commas after a name, not after "In Gaza," or "The Lakers,". The
		// lookahead first, so that the lookbehind is tried only before a digit.
		re: /(?=\d)(?<=(?<!\b(?:[Ii]n|[Aa]t|[Ff]rom|[Oo]n|[Tt]o|[Ff]or|[Tt]he|[Oo]f)\s)\p{Lu}[\p{L}'’.-]+, )(\d{1,3})(?=, \p{Ll})/gu,
		read: (m) => ({ value: +m[1]!, min: null, unit: 'years (age)' }),
	},
	{
		// "a four-day state visit", "a 70-page report", "a 10-year lease", "the 150th anniversary"
		re: new RegExp(
			String.raw`(?<![\w-])(${ANY_NUMBER})-(${alternation(Object.keys(COMPOUND_UNITS))})\b(?!-)|\b(\d{1,3})(?:st|nd|rd|th) (?=anniversary\b)`,
			'gi',
		),
		read: (m) => ({ value: numberValue((m[1] ?? m[3])!), min: null, unit: m[2] ? COMPOUND_UNITS[m[2].toLowerCase()]! : 'years' }),
	},
	{
		re: new RegExp(
			String.raw`\b(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|scores|hundreds|thousands|millions|billions)` +
				String.raw` of(\s+[a-z][a-z\-]+)?`,
			'gi',
		),
		counted: 2,
		read: (m) => ({ value: null, min: VAGUE[m[1]!.toLowerCase()]!, unit: unitOf(m[2] ?? '') }),
	},
	{
		// 88,000 positions, 1.5 floors, 160 million, four assailants
		re: new RegExp(String.raw`\b${QUALIFIER}(${NUMBER}|${WORD_NUMBER})(${SCALE_WORD})?(${UNIT_WORD})`, 'gi'),
		counted: 3,
		read: (m) => {
			const raw = m[1]!.toLowerCase();
			const value = (WORD_NUMBERS[raw] ?? parseNumber(raw)) * (SCALE[(m[2] ?? '').trim().toLowerCase()] ?? 1);
			const unit = unitOf(m[3] ?? '');
			const isYear = /^(?:1[89]|20)\d{2}$/.test(raw) && !m[2];
			// A number needs a noun to count, a scale or a qualifier ("four assailants", "160 million", "less than 100");
			// a bare year is a date, not a figure.
			if (isYear || (!unit && !m[2] && !QUALIFIED.test(m[0]))) return null;
			return { value, min: null, unit };
		},
	},
];

function parseNumber(text: string): number {
	return Number.parseFloat(text.replace(/,/g, ''));
}

/** The counted noun: the first word after the number unless it is a function word. */
function unitOf(text: string): string | null {
	const word = text.trim().split(/\s+/)[0];
	return word && /^[a-z]/.test(word) && !NOT_UNITS.has(word) ? word : null;
}

/**
 * A number every pattern needs: digits, or a number or vague count in words at the start of a word. A text without one
 * (most sentences) has no figure, and is not run through the patterns one by one.
 */
const SOME_NUMBER = new RegExp(String.raw`\d|\b(?:${alternation([...Object.keys(WORD_NUMBERS), ...Object.keys(VAGUE)])})`, 'i');

/** Figures in body[from, to), without overlaps, earlier patterns first. */
export function findFigures(body: string, from: number, to: number): RawFigure[] {
	const slice = body.slice(from, to);
	if (!SOME_NUMBER.test(slice)) return [];
	const found: RawFigure[] = [];
	for (const { re, read, counted: group } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(slice); m; m = re.exec(slice)) {
			let start = from + m.index;
			let end = start + m[0].length;
			if (found.some((f) => f.start < end && start < f.end)) continue;
			const figure = read(m);
			if (!figure) continue;
			// Keep the counted noun in the span only when it is the unit.
			const counted = group === undefined ? undefined : m[group];
			if (counted && !figure.unit) end -= counted.length;
			while (end > start && /[\s,.]/.test(body[end - 1]!)) end--;
			while (start < end && /\s/.test(body[start]!)) start++;
			// Part of a date, time or score ("16/5/2024", "10:30", "3-1"), not a figure.
			if (/[\/:]/.test(body[start - 1] ?? '') || /^[\/:]\d/.test(body.slice(end, end + 2))) continue;
			const approximate = APPROXIMATE.test(body.slice(start, end));
			found.push({ ...figure, start, end, approximate: approximate || figure.value === null });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

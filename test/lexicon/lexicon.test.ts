import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEFORE_NAME, BETWEEN, PLURAL_PRONOUNS, PRONOUNS } from '../../src/lexicon/function-words.js';
import { FEMALE, MALE } from '../../src/lexicon/gender.js';
import { HONORIFICS, NOT_NAME_WORDS, PARTICLES } from '../../src/lexicon/names.js';
import { DOCUMENT_NOUNS, ORGANISATION_HEADS } from '../../src/lexicon/organisations.js';
import { CITIES, COUNTRIES, DEMONYMS } from '../../src/lexicon/places.js';
import { MONTH_NAMES, TIME_WORDS, WEEKDAYS } from '../../src/lexicon/time.js';
import { GENERIC_SPEAKERS, ROLE_NOUNS, TITLE_WORDS } from '../../src/lexicon/titles.js';
import { BARE_CLAUSE, INVERTIBLE, REPORTING_VERBS, STATEMENT_VERBS, TAKES_OBJECT, VERBS } from '../../src/lexicon/verbs.js';
import { table, wordSet } from '../../src/lexicon/words.js';

const both = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((w) => b.has(w));

describe('lexicon format', () => {
	it('GIVEN a list one entry a line THEN the entries, trimmed and in lower case; a table splits at the first separator', () => {
		expect([...wordSet('\n Abu Dhabi \n\nBeijing\n')]).toEqual(['abu dhabi', 'beijing']);
		expect(table('Argentina: Argentine, Argentinian\nsaid   reports clause', ':')).toEqual([
			['Argentina', 'Argentine, Argentinian'],
			['said   reports clause', ''],
		]);
	});

	it('GIVEN every file of src/lexicon THEN no line is over 160 characters (a tab counting 4) and no list repeats an entry', () => {
		for (const file of readdirSync('src/lexicon')) {
			const text = readFileSync(`src/lexicon/${file}`, 'utf8');
			expect(
				text.split('\n').filter((line) => line.replace(/\t/g, '    ').length > 160),
				file,
			).toEqual([]);
			for (const [, body] of text.matchAll(/= (?:wordSet\()?`([^`]*)`/g)) {
				const entries = body!
					.split('\n')
					.map((l) =>
						l
							.trim()
							.split(/:|\s{2,}/)[0]!
							.toLowerCase(),
					)
					.filter(Boolean);
				expect(
					entries.filter((e, i) => entries.indexOf(e) !== i),
					file,
				).toEqual([]);
			}
		}
	});
});

describe('verbs of saying', () => {
	it('GIVEN the table THEN each flag reads as its class', () => {
		expect([...VERBS.get('said')!].sort()).toEqual(['bare-clause', 'clause', 'inverts', 'reports', 'speech-act']);
		expect(REPORTING_VERBS.has('told') && TAKES_OBJECT.has('told') && !INVERTIBLE.has('told')).toBe(true);
		expect(INVERTIBLE.has('according') && REPORTING_VERBS.has('according')).toBe(true);
		expect(STATEMENT_VERBS.has('announced') && !BARE_CLAUSE.has('announced')).toBe(true);
	});

	it('GIVEN a verb that takes its listener first THEN it never also reports a bare clause ("told reporters that", not "told Moscow was")', () => {
		expect(both(TAKES_OBJECT, BARE_CLAUSE)).toEqual([]);
	});

	it('GIVEN a verb that may precede its subject ("said Lavrov") THEN it is looked for as a verb of saying', () => {
		expect([...INVERTIBLE].filter((v) => !REPORTING_VERBS.has(v))).toEqual([]);
	});

	it("GIVEN any flagged form THEN it is looked for as a verb of saying: no list filters out another's verbs", () => {
		for (const [form, flags] of VERBS) expect(flags.has('reports'), form).toBe(true);
		for (const verb of ['maintained', 'contended', 'demanded', 'blamed', 'informed']) expect(REPORTING_VERBS.has(verb), verb).toBe(true);
	});

	it('GIVEN a verb that takes its listener or a bare clause THEN it introduces an indirect statement ("reminded them that …")', () => {
		expect([...TAKES_OBJECT, ...BARE_CLAUSE].filter((v) => !STATEMENT_VERBS.has(v))).toEqual([]);
		expect(STATEMENT_VERBS.has('reminded') && STATEMENT_VERBS.has('informed')).toBe(true);
	});

	it('GIVEN every form THEN it is a lower-case word with at least one flag', () => {
		for (const [form, flags] of VERBS) {
			expect(form).toMatch(/^[a-z]+$/);
			expect(flags.size, form).toBeGreaterThan(0);
		}
	});

	it('GIVEN the words that stand between a subject and its verb THEN none is a verb of saying or a role', () => {
		expect(both(BETWEEN, REPORTING_VERBS)).toEqual([]);
		expect(both(BETWEEN, ROLE_NOUNS)).toEqual([]);
	});
});

describe('people, places and time', () => {
	it("GIVEN the gender words THEN no word is both a woman's and a man's", () => {
		expect(both(FEMALE, MALE)).toEqual([]);
		expect(FEMALE.has('mrs') && MALE.has('mr')).toBe(true);
	});

	it("GIVEN the pronouns THEN one person's and others' are apart, and no pronoun is a title or a role", () => {
		expect(both(PRONOUNS, PLURAL_PRONOUNS)).toEqual([]);
		for (const p of [...PRONOUNS, ...PLURAL_PRONOUNS]) expect(TITLE_WORDS.has(p) || ROLE_NOUNS.has(p), p).toBe(false);
	});

	it('GIVEN the particles inside names THEN none is a title, a role or a country word', () => {
		for (const p of PARTICLES) expect(TITLE_WORDS.has(p) || ROLE_NOUNS.has(p) || COUNTRIES.has(p) || DEMONYMS.has(p), p).toBe(false);
		expect(PARTICLES.has('bin') && PARTICLES.has('van') && PARTICLES.has('al')).toBe(true);
	});

	it('GIVEN honorifics THEN each is a title word and also opens no name', () => {
		for (const h of HONORIFICS) expect(TITLE_WORDS.has(h.replace(/\.$/, '')) || NOT_NAME_WORDS.has(h.replace(/\.$/, '')), h).toBe(true);
	});

	it('GIVEN the role and organisation heads THEN a head names a person or a body, never both', () => {
		expect(both(ROLE_NOUNS, ORGANISATION_HEADS)).toEqual([]);
		expect(both(ROLE_NOUNS, DOCUMENT_NOUNS)).toEqual([]);
	});

	it('GIVEN generic speakers ("officials said") THEN none is a person\'s pronoun or a country', () => {
		expect(both(GENERIC_SPEAKERS, PRONOUNS)).toEqual([]);
		for (const g of GENERIC_SPEAKERS) expect(COUNTRIES.has(g), g).toBe(false);
	});

	it('GIVEN countries and demonyms THEN every demonym names a listed country and aliases map to canonical names', () => {
		const canonical = new Set(COUNTRIES.values());
		for (const country of DEMONYMS.values()) expect(canonical.has(country), country).toBe(true);
		expect(COUNTRIES.get('u.s.')).toBe('United States');
		expect(DEMONYMS.get('british')).toBe('United Kingdom');
		expect(CITIES.has('beijing') && !COUNTRIES.has('beijing')).toBe(true);
	});

	it('GIVEN the calendar THEN twelve months, seven days, and every day is a time word', () => {
		expect(MONTH_NAMES).toHaveLength(12);
		expect(WEEKDAYS).toHaveLength(7);
		for (const day of WEEKDAYS) expect(TIME_WORDS.has(day), day).toBe(true);
		expect(both(TIME_WORDS, new Set(MONTH_NAMES))).toEqual([]);
	});

	it('GIVEN the words before a name ("said his daughter Linda Wu") THEN none is a verb of saying', () => {
		expect(both(BEFORE_NAME, REPORTING_VERBS)).toEqual([]);
	});
});

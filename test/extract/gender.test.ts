import { describe, expect, it } from 'vitest';
import { genderOf } from '../../src/extract/gender.js';

// One rule for a person's gender, read by the names of an article, by pronouns and by the merging of names across
// articles: a gendered word among the labels first, a given name only where the labels say nothing or disagree.

const ROWS: [labels: string[], gender: 'f' | 'm' | null][] = [
	[['Mrs. Wong', 'Wong'], 'f'],
	[['Mr. Wong'], 'm'],
	[['Maya Rockeymoore Cummings', 'his widow'], 'f'],
	[['Charlie McDowell', 'filmmaker', 'son'], 'm'],
	// A given name that nearly always names a woman or a man, where no label says.
	[['Anna Berg', 'Berg'], 'f'],
	[['Donald Trump', 'President Donald Trump', 'Trump'], 'm'],
	// A gendered word says so outright, before a given name.
	[['Mrs. Trump', 'Donald Trump'], 'f'],
	// Labels that disagree and no given name to settle it; or nothing at all.
	[['Mr. Wong', 'Mrs. Wong'], null],
	[['Wong'], null],
	[['Mary Steenburgen', 'Oscar-winning actress'], 'f'],
];

describe('genderOf', () => {
	it.each(ROWS)('GIVEN the labels %j THEN %s', (labels, gender) => {
		expect(genderOf(labels)).toBe(gender);
	});

	// A word written alone is as likely a surname; the one word a person is only ever named by is the given name.
	it.each([
		[['Vanessa'], 'Vanessa', 'f'],
		[['Jeff', 'the 50-year-old wino'], 'Jeff', 'm'],
		[['Shaku'], 'Shaku', null],
	] as const)('GIVEN the labels %j, named only by %s THEN %s', (labels, sole, gender) => {
		expect(genderOf(labels, sole)).toBe(gender);
	});
});

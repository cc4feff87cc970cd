import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/figures.js';

function figures(text: string) {
	return findFigures(text, 0, text.length).map(({ start, end, ...figure }) => ({ text: text.slice(start, end), ...figure }));
}
const exact = (text: string, value: number, unit: string | null) => ({ text, value, min: null, unit, approximate: false });

describe('findFigures', () => {
	it('GIVEN the seed trade sentence THEN "more than 26%" (approximate) and "$240 billion" in US dollars', () => {
		expect(figures('Trade between Russia and China grew last year by more than 26% to $240 billion.')).toEqual([
			{ text: 'more than 26%', value: 26, min: null, unit: '%', approximate: true },
			exact('$240 billion', 240e9, 'USD'),
		]);
	});

	it('GIVEN money with a scale word, a one-letter scale or a currency word THEN the value in units of its currency', () => {
		expect(figures('The fund holds €800 billion, US$5m and 3 million dollars.')).toEqual([
			exact('€800 billion', 800e9, 'EUR'),
			exact('US$5m', 5e6, 'USD'),
			exact('3 million dollars', 3e6, 'USD'),
		]);
		expect(figures('It cost £1,250.50 and 200 yuan.')).toEqual([exact('£1,250.50', 1250.5, 'GBP'), exact('200 yuan', 200, 'CNY')]);
	});

	it('GIVEN percent written three ways THEN per cent; GIVEN percentage points THEN points', () => {
		expect(figures('It rose 2.5 percent, then 3 per cent, then 0.25 percentage points.')).toEqual([
			exact('2.5 percent', 2.5, '%'),
			exact('3 per cent', 3, '%'),
			exact('0.25 percentage points', 0.25, 'percentage points'),
		]);
	});

	it('GIVEN a number word that begins with a shorter one THEN the whole word and its value', () => {
		expect(figures('About fourteen people were hurt.')).toEqual([
			{ text: 'About fourteen people', value: 14, min: null, unit: 'people', approximate: true },
		]);
		expect(figures('They sent seventeen soldiers and won sixty votes.')).toEqual([
			exact('seventeen soldiers', 17, 'soldiers'),
			exact('sixty votes', 60, 'votes'),
		]);
	});

	it('GIVEN "dozens of" and "tens of thousands of troops" THEN no exact value, a lower bound, and what they count', () => {
		expect(figures('Dozens of people were hurt.')).toEqual([{ text: 'Dozens of people', value: null, min: 24, unit: 'people', approximate: true }]);
		expect(figures('He sent tens of thousands of troops into Ukraine.')).toEqual([
			{ text: 'tens of thousands of troops', value: null, min: 20_000, unit: 'troops', approximate: true },
		]);
	});

	it('GIVEN an age THEN years (age)', () => {
		expect(figures('Ananta Bijoy Das, a 33-year-old blogger, was killed.')).toEqual([exact('33-year-old', 33, 'years (age)')]);
	});

	it('GIVEN an age in words or after a name between commas THEN years (age); GIVEN a date with a comma THEN no age', () => {
		expect(figures('Seventy-eight-year-old Jane Molapo sits outside.')).toEqual([exact('Seventy-eight-year-old', 78, 'years (age)')]);
		expect(figures('The first shell killed Issam Abdallah, 37, and wounded others.')).toEqual([exact('37', 37, 'years (age)')]);
		expect(figures('On March 5, 2024, they met. In Gaza, 25, mostly children, were killed. The Lakers, 7, are ahead.')).toEqual([]);
	});

	it('GIVEN a hyphenated measure or an ordinal anniversary THEN the number with its unit', () => {
		expect(figures('Lee will make a four-day state visit, read a 70-page report, sign a 10-year lease and set a three-percent quota.')).toEqual([
			exact('four-day', 4, 'days'),
			exact('70-page', 70, 'pages'),
			exact('10-year', 10, 'years'),
			exact('three-percent', 3, '%'),
		]);
		expect(figures('They marked the 150th anniversary of his birth with a $100-million fund.')).toEqual([
			exact('150th', 150, 'years'),
			exact('$100-million', 100e6, 'USD'),
		]);
	});

	it('GIVEN counts of things, in digits or words, and a scale THEN the number with the counted noun', () => {
		expect(figures('The company cut 88,000 positions after four assailants attacked.')).toEqual([
			exact('88,000 positions', 88_000, 'positions'),
			exact('four assailants', 4, 'assailants'),
		]);
		expect(figures('Nearly 160 million people voted.')).toEqual([
			{ text: 'Nearly 160 million people', value: 160e6, min: null, unit: 'people', approximate: true },
		]);
	});

	it('GIVEN years, dates and times THEN no figures', () => {
		expect(figures('In 2022 the war began, and in 1991 the union collapsed.')).toEqual([]);
		expect(figures('They met on 16/5/2024 at 10:30.')).toEqual([]);
	});

	it('GIVEN a bare number with nothing to count THEN no figure', () => {
		expect(figures('Chapter 7 of the treaty was read.')).toEqual([]);
	});

	it.each([
		['The chartered plane cost RM6.162 million.', 6.162e6, 162e6],
		['Sars owes R1.5 billion.', 1.5e9, 5e9],
	])('GIVEN a currency prefix of letters (%j) THEN the decimal number is read whole, never as a different number', (text, value, misread) => {
		const found = figures(text);
		expect(found.map((f) => f.value)).not.toContain(misread);
		expect(found).toContainEqual(expect.objectContaining({ value: expect.closeTo(value, 0) }));
	});
});

import { describe, expect, it } from 'vitest';
import { findDates, speaksOfFuture } from '../../src/extract/dates.js';

// Articles of Wednesday 10 April 2024 unless said otherwise, like the seed repost.
const WEDNESDAY = '2024-04-10';

function dates(text: string, published: string | null = WEDNESDAY) {
	return findDates(text, 0, text.length, published).map((d) => {
		expect(text.slice(d.start, d.end)).toBe(d.period.text);
		return d.period;
	});
}
const day = (text: string, date: string) => ({ text, start: date, end: date, precision: 'day' });

describe('findDates: months and years without a day', () => {
	it.each([
		['Exports fell in May.', { text: 'in May', start: '2023-05-01', end: '2023-05-31', precision: 'month' }],
		['Exports fell in March.', { text: 'in March', start: '2024-03-01', end: '2024-03-31', precision: 'month' }],
		["It was raised during Lee's November summit with Xi.", { text: 'November', start: '2023-11-01', end: '2023-11-30', precision: 'month' }],
		['The plant will close by the end of 2025.', { text: 'the end of 2025', start: '2025-01-01', end: '2025-12-31', precision: 'year' }],
		['Biden invited Xi to a summit set for March.', { text: 'set for March', start: '2025-03-01', end: '2025-03-31', precision: 'month' }],
		// The tense nearest the date governs it: "since … took office in late March" is past whatever came before it.
		[
			'It will be their first meeting since the minister took office in late March.',
			{ text: 'late March', start: '2024-03-01', end: '2024-03-31', precision: 'month' },
		],
		['The summit will be held in May.', { text: 'in May', start: '2024-05-01', end: '2024-05-31', precision: 'month' }],
		['She was in India (16–18 March 2024).', { text: '16–18 March 2024', start: '2024-03-16', end: '2024-03-18', precision: 'range' }],
		['She visited from 6 to 8 March.', { text: 'from 6 to 8 March', start: '2024-03-06', end: '2024-03-08', precision: 'range' }],
		[
			'The summit is expected to take place between April 21 and 23.',
			{ text: 'between April 21 and 23', start: '2024-04-21', end: '2024-04-23', precision: 'range' },
		],
	])('GIVEN %j THEN %j', (text, period) => {
		expect(dates(text)).toEqual([period]);
	});

	it('GIVEN "may" as a verb or a name THEN no date', () => {
		expect(dates('Prices may fall in the spring.')).toEqual([]);
		expect(dates('Theresa May visit to Paris was cut short.')).toEqual([]);
	});
});

describe('findDates: weekdays against the publication date', () => {
	it.each([
		['Lavrov met Xi in Beijing on Tuesday.', day('on Tuesday', '2024-04-09')],
		['Lavrov met Xi on Friday.', day('on Friday', '2024-04-05')],
		['They met on Wednesday.', day('on Wednesday', '2024-04-10')],
		['They met last Wednesday.', day('last Wednesday', '2024-04-03')],
		['Lavrov will meet Xi on Tuesday.', day('on Tuesday', '2024-04-16')],
		['Lavrov is to visit Beijing on Friday.', day('on Friday', '2024-04-12')],
		['They will meet on Wednesday.', day('on Wednesday', '2024-04-10')],
		['They will meet next Tuesday.', day('next Tuesday', '2024-04-16')],
	])('GIVEN %j THEN %o', (text, period) => {
		expect(dates(text)).toEqual([period]);
	});

	it('GIVEN the tense around a date THEN past looks back, future forward', () => {
		expect(speaksOfFuture('Lavrov met Xi ', '')).toBe(false);
		expect(speaksOfFuture('Lavrov is expected to meet Xi ', '')).toBe(true);
		expect(speaksOfFuture('', ' he travels on to Ethiopia')).toBe(true);
	});
});

describe('findDates: weeks, months and years are ranges', () => {
	it('GIVEN "last week" THEN the Monday-to-Sunday week before publication, not a day', () => {
		expect(dates('During a call last week, President Biden warned Xi.')).toEqual([
			{ text: 'last week', start: '2024-04-01', end: '2024-04-07', precision: 'week' },
		]);
	});

	it('GIVEN "this week" and "next week" THEN the week of publication and the one after', () => {
		expect(dates('Yellen visited China this week and returns next week.')).toEqual([
			{ text: 'this week', start: '2024-04-08', end: '2024-04-14', precision: 'week' },
			{ text: 'next week', start: '2024-04-15', end: '2024-04-21', precision: 'week' },
		]);
	});

	it('GIVEN "last year" and "last month" THEN 2023 and March 2024', () => {
		expect(dates('Trade grew last year by 26% and fell last month.')).toEqual([
			{ text: 'last year', start: '2023-01-01', end: '2023-12-31', precision: 'year' },
			{ text: 'last month', start: '2024-03-01', end: '2024-03-31', precision: 'month' },
		]);
	});

	it('GIVEN a month with a year and "in 1991" THEN a month and a year', () => {
		expect(dates('The partnership began in February 2022; the union collapsed in 1991.')).toEqual([
			{ text: 'in February 2022', start: '2022-02-01', end: '2022-02-28', precision: 'month' },
			{ text: 'in 1991', start: '1991-01-01', end: '1991-12-31', precision: 'year' },
		]);
	});

	it('GIVEN a bare year at the start ("Since 2022,") THEN not a date of an event here, and never a day', () => {
		expect(dates('Since 2022, the U.S. has imposed trade restrictions.').every((p) => p.precision !== 'day')).toBe(true);
	});
});

describe('findDates: written dates', () => {
	it('GIVEN 16/5/2024 THEN day first; GIVEN 5/16/2024 THEN month first, the only valid reading', () => {
		expect(dates('They met on 16/5/2024 and again on 5/16/2024.')).toEqual([day('16/5/2024', '2024-05-16'), day('5/16/2024', '2024-05-16')]);
	});

	it('GIVEN "16 May 2024", "May 16, 2024" and 2024-05-16 THEN the same day', () => {
		expect(dates('On 16 May 2024, May 16, 2024 or 2024-05-16.').map((p) => p.start)).toEqual(['2024-05-16', '2024-05-16', '2024-05-16']);
	});

	it('GIVEN "May 16" without a year THEN the year that puts it nearest the publication date', () => {
		expect(dates('They met on May 16.', '2024-05-20')).toEqual([day('May 16', '2024-05-16')]);
		expect(dates('They met on December 28.', '2025-01-03')).toEqual([day('December 28', '2024-12-28')]);
		expect(dates('They will meet on January 3.', '2024-12-20')).toEqual([day('January 3', '2025-01-03')]);
	});

	it('GIVEN a dateline THEN it is not an event date; the date in the sentence is', () => {
		expect(dates('SEOUL, Jan. 2 (Yonhap) -- Lee will meet Xi on Jan. 5.', '2026-01-02')).toEqual([day('Jan. 5', '2026-01-05')]);
	});

	it('GIVEN "yesterday" and "three days ago" THEN days before publication', () => {
		expect(dates('Yesterday he said he had met her three days ago.')).toEqual([day('Yesterday', '2024-04-09'), day('three days ago', '2024-04-07')]);
	});

	it('GIVEN no publication date THEN relative dates stay unresolved, written dates do not', () => {
		expect(dates('They met on Tuesday and signed on 16 May 2024.', null)).toEqual([day('16 May 2024', '2024-05-16')]);
	});

	it('GIVEN a range of the text THEN only dates inside it, with offsets into the whole text', () => {
		const text = 'They met on Tuesday. They spoke on Friday.';
		const from = text.indexOf('They spoke');
		expect(findDates(text, from, text.length, WEDNESDAY)).toEqual([
			{ start: text.indexOf('on Friday'), end: text.length - 1, period: day('on Friday', '2024-04-05') },
		]);
	});
});

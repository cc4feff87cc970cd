import { describe, expect, it } from 'vitest';
import { type GoldMeeting, emptyMeetingScore, rightDate, rightParticipants, rightPlace, scoreMeetings } from '../../src/eval/meetings.js';
import type { Meeting } from '../../src/facts/schema.js';

// The meeting score: an event is found only with the right participants; every event shown is judged.

const BODY = 'Xi Jinping welcomed Vladimir Putin in Beijing on Thursday. Putin visited Beijing in February 2022. Hijazi told the court on Monday.';
const span = (text: string) => {
	const start = BODY.indexOf(text);
	return { article: 'a', start, end: start + text.length, text };
};
const decision = (text: string) => ({ rule: 'test', evidence: span(text) });
const NAMES: Record<string, string> = { 'xi-jinping': 'Xi Jinping', 'vladimir-putin': 'Vladimir Putin', beijing: 'Beijing', 'ammar-hijazi': 'Ammar Hijazi' };
const judge = { body: BODY, is: (name: string, key: string) => NAMES[key] === name, name: (key: string) => NAMES[key] ?? key };

function meeting(sentence: string, participants: string[], fields: Partial<Meeting> = {}): Meeting {
	return {
		id: 'a:m1',
		span: span(sentence),
		participants,
		kind: 'meeting',
		place: null,
		counterpart: null,
		date: null,
		dateSpan: null,
		status: 'happened',
		topics: [],
		why: { kind: decision(sentence), participants: decision(sentence), status: decision(sentence), date: null, place: null },
		more: [],
		event: 'a:m1',
		...fields,
	};
}
const gold = (participants: string[], fields: Partial<GoldMeeting> = {}): GoldMeeting => ({
	participants,
	date: null,
	evidence: 'Xi Jinping welcomed Vladimir Putin',
	evidence_more: [],
	...fields,
});

describe('rightParticipants', () => {
	const visit = 'Putin visited Beijing in February 2022.';
	it.each([
		['the same people', meeting(BODY.slice(0, 58), ['xi-jinping', 'vladimir-putin']), gold(['Xi Jinping', 'Vladimir Putin']), true],
		['one missing', meeting(BODY.slice(0, 58), ['xi-jinping']), gold(['Xi Jinping', 'Vladimir Putin']), false],
		[
			'a place made a party of a visit',
			meeting(visit, ['vladimir-putin', 'beijing'], { kind: 'visit', place: span('Beijing') }),
			gold(['Vladimir Putin'], { kind: 'visit', place: 'Beijing' }),
			false,
		],
		[
			'the destination as the place',
			meeting(visit, ['vladimir-putin'], { kind: 'visit', place: span('Beijing') }),
			gold(['Vladimir Putin'], { kind: 'visit', place: 'Beijing' }),
			true,
		],
		[
			'an older annotation listing the destination as a party',
			meeting(visit, ['vladimir-putin'], { kind: 'visit', place: span('Beijing') }),
			gold(['Vladimir Putin', 'Beijing']),
			true,
		],
		[
			'a body as written by its head noun',
			meeting('Hijazi told the court on Monday.', ['ammar-hijazi'], { counterpart: span('the court') }),
			gold(['Ammar Hijazi', 'International Court of Justice']),
			true,
		],
	])('GIVEN %s THEN %s', (_name, m, g, right) => {
		expect(rightParticipants(m, g, judge)).toBe(right);
	});
});

describe('rightDate and rightPlace', () => {
	const day = (start: string, end = start) => ({ text: 'x', start, end, precision: start === end ? ('day' as const) : ('range' as const) });
	it.each([
		['a day', day('2024-05-16'), '2024-05-16', true],
		['another day', day('2024-05-15'), '2024-05-16', false],
		['a range', day('2026-01-04', '2026-01-07'), '2026-01-04/2026-01-07', true],
		['a day for a range', day('2026-01-04'), '2026-01-04/2026-01-07', false],
		['a day where none is given', day('2026-01-04'), null, false],
		['no date where none is given', null, null, true],
		['a month given as its days', { text: 'in July', start: '2023-07-01', end: '2023-07-31', precision: 'month' as const }, '2023-07-01/2023-07-31', true],
		['a month for one day of it', { text: 'in July', start: '2023-07-01', end: '2023-07-31', precision: 'month' as const }, '2023-07-15', false],
		['a year for a month of it', { text: 'last year', start: '2023-01-01', end: '2023-12-31', precision: 'year' as const }, '2023-11-01/2023-11-30', false],
	])('GIVEN %s THEN the date is judged', (_name, date, goldDate, right) => {
		expect(rightDate(meeting(BODY.slice(0, 58), [], { date }), goldDate)).toBe(right);
	});

	it('GIVEN a venue with or without its article THEN the same place; no place where one is given is wrong', () => {
		expect(rightPlace(meeting(BODY.slice(0, 58), [], { place: span('Beijing') }), 'Beijing')).toBe(true);
		expect(rightPlace(meeting(BODY.slice(0, 58), [], { place: null }), 'Beijing')).toBe(false);
		expect(rightPlace(meeting(BODY.slice(0, 58), [], { place: null }), null)).toBe(true);
	});
});

describe('scoreMeetings', () => {
	it('GIVEN one right event and one with a place as a party THEN recall 1 of 1, precision 1 of 2, date, status and place judged, each rule tallied', () => {
		const score = emptyMeetingScore();
		const misses: string[] = [];
		const tallied: [string, boolean][] = [];
		const ours = [
			meeting(BODY.slice(0, 58), ['xi-jinping', 'vladimir-putin'], {
				place: span('Beijing'),
				date: { text: 'on Thursday', start: '2024-05-16', end: '2024-05-16', precision: 'day' },
			}),
			meeting('Putin visited Beijing in February 2022.', ['vladimir-putin', 'beijing'], { kind: 'visit' }),
		];
		scoreMeetings(
			ours,
			[gold(['Xi Jinping', 'Vladimir Putin'], { date: '2024-05-16', status: 'happened', place: 'Beijing', kind: 'visit' })],
			judge,
			score,
			misses,
			'a',
			(rule, right) => tallied.push([rule, right]),
		);
		expect(score).toEqual({
			recall: { hit: 1, of: 1 },
			precision: { hit: 1, of: 2 },
			dates: { hit: 1, of: 1 },
			status: { hit: 1, of: 1 },
			place: { hit: 1, of: 1 },
			kind: { hit: 0, of: 1 },
		});
		expect(misses).toEqual([
			'meeting kind a Xi Jinping + Vladimir Putin: gold visit, ours meeting',
			'extra meeting a Vladimir Putin + Beijing (test, test): "Putin visited Beijing in February 2022."',
		]);
		expect(tallied).toEqual([
			['test', true],
			['test', true],
			['test', false],
			['test', false],
		]);
	});

	it('GIVEN two of ours with the right parties (visits to two places) THEN each gold visit is judged against the one at its place', () => {
		const score = emptyMeetingScore();
		const misses: string[] = [];
		const visit = 'Putin visited Beijing in February 2022.';
		const ours = [
			meeting(visit, ['vladimir-putin'], { kind: 'visit', place: span('Putin') }),
			meeting(visit, ['vladimir-putin'], { kind: 'visit', place: span('Beijing') }),
		];
		const golds = [gold(['Vladimir Putin'], { kind: 'visit', place: 'Beijing', evidence: visit })];
		scoreMeetings(ours, golds, judge, score, misses, 'a');
		expect([score.recall, score.place]).toEqual([
			{ hit: 1, of: 1 },
			{ hit: 1, of: 1 },
		]);
	});
});

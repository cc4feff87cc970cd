import { describe, expect, it } from 'vitest';
import type { Reading } from '../../src/ask/answer.js';
import { Conversations, FOLLOW_UP_MS, MAX_CHANNELS, resolveFollowUp } from '../../src/ask/follow-up.js';
import { cleanQuestion, parseQuestion } from '../../src/ask/reading.js';
import { stem } from '../../src/ask/relevance.js';
import { editDistance } from '../../src/store/text-search.js';
import { placeRelative, readTime, withinTime } from '../../src/ask/time.js';

const TODAY = new Date('2024-05-20T12:00:00Z');

describe('reading a question', () => {
	const cases: [string, string, string | null, string | null][] = [
		// question, intent, subject, topic
		['what did lavrov say about climate change', 'said', 'lavrov', 'climate change'],
		['wat did biden say abt putin', 'said', 'biden', 'putin'],
		["xi's comments on china russia relations", 'said', 'xi', 'china russia relations'],
		['lavrov quotes', 'said', 'lavrov', null],
		['did lavrov say anything about asean?', 'said', 'lavrov', 'asean'],
		['who did xi meet in may', 'met', 'who did xi meet', null],
		['when did mugabe speak to zuma', 'met', 'when did mugabe speak to zuma', null],
		['how many troops did putin send', 'figure', null, 'how many troops did putin send'],
		["whats canada's jobless rate", 'figure', null, "what is canada's jobless rate"],
		['who is peskov', 'who', 'peskov', null],
		['tell me about sanctions', 'who', 'sanctions', null],
		['who is mediating between mugabe and the generals', 'passages', null, 'who is mediating between mugabe and the generals'],
		["what's causing the storms in gauteng", 'why', null, 'what is causing the storms in gauteng'],
		['when is the general election', 'when', null, 'when is the general election'],
		['which sources cover this', 'sources', null, 'cover this'],
		['summarize russia china ties', 'summary', 'russia china ties', null],
		['is china selling weapons to russia', 'passages', null, 'is china selling weapons to russia'],
	];
	for (const [question, intent, subject, topic] of cases) {
		it(`"${question}" → ${intent}`, () => {
			const parsed = parseQuestion(question, TODAY);
			expect([parsed.intent, parsed.subject, parsed.topic]).toEqual([intent, subject, topic]);
		});
	}

	it('spells out chat abbreviations and drops the question mark', () => {
		expect(cleanQuestion('Wat did the PM say abt the govt?')).toBe('what did the prime minister say about the government');
	});

	it('reads time: a month of any year, a month of one year, a year, last week', () => {
		expect(readTime('who did xi meet in may', TODAY).time).toMatchObject({ text: 'in May', month: 5 });
		expect(readTime('who met in april 2024', TODAY).time).toMatchObject({ from: '2024-04-01', to: '2024-04-30' });
		expect(readTime('what happened in 2023', TODAY).time).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
		expect(readTime('who did he call last week', TODAY).time).toMatchObject({ from: '2024-05-13', to: '2024-05-19' });
		expect(readTime('what did he say before the summit', TODAY).time?.relative).toEqual({ direction: 'before', event: 'summit' });
		expect(withinTime({ start: '2024-05-16', end: '2024-05-16' }, { text: 'in May', month: 5 })).toBe(true);
		expect(withinTime({ start: '2024-04-09', end: '2024-04-09' }, { text: 'in May', month: 5 })).toBe(false);
		expect(withinTime(null, { text: 'in May', month: 5 })).toBe(false);
	});

	it('places "before the summit" by the date of the summit, or says it could not', () => {
		const before = readTime('who did lee meet before the summit', TODAY).time!;
		expect(placeRelative(before, { start: '2025-11-01', end: '2025-11-01' })).toMatchObject({ text: 'before the summit (2025-11-01)', to: '2025-10-31' });
		const after = readTime('who did lee meet after the summit', TODAY).time!;
		expect(placeRelative(after, { start: '2026-01-04', end: '2026-01-06' })).toMatchObject({ from: '2026-01-07' });
		const unplaced = placeRelative(before, null);
		expect(unplaced.unplaced).toBe(true);
		expect(withinTime({ start: '2020-01-01', end: '2020-01-01' }, unplaced)).toBe(true);
	});

	it('stems inflections and irregular past forms alike', () => {
		expect(['sanctions', 'sanctioned', 'sanction'].map(stem)).toEqual(['sanction', 'sanction', 'sanction']);
		expect([stem('savings'), stem('save')]).toEqual(['sav', 'sav']);
		expect([stem('sent'), stem('send')]).toEqual(['send', 'send']);
	});

	it('measures typos', () => {
		expect(editDistance('lavrof', 'lavrov', 2)).toBe(1);
		expect(editDistance('stromer', 'strommer', 2)).toBe(1);
		// Two letters swapped, the commonest typo, is one edit.
		expect(editDistance('lavorv', 'lavrov', 2)).toBe(1);
		expect(editDistance('putin', 'biden', 1)).toBe(2);
	});
});

describe('follow-ups', () => {
	const previous: Reading = {
		intent: 'said',
		people: [{ key: 'sergei-lavrov', name: 'Sergei Lavrov' }],
		others: [],
		topic: 'asean',
		time: null,
		text: 'Quotes by Sergei Lavrov about asean',
	};

	it('puts the person asked about before in place of a pronoun', () => {
		expect(resolveFollowUp('what did he say about taiwan', previous)).toBe('what did Sergei Lavrov say about taiwan');
	});

	it('asks the same of someone else: "and xi?"', () => {
		expect(resolveFollowUp('and xi?', previous)).toBe('what did xi say about asean');
		expect(resolveFollowUp('and xi?', { ...previous, intent: 'met', topic: null })).toBe('who did xi meet');
	});

	it('dates the meeting asked about before: "when was that"', () => {
		const met: Reading = {
			...previous,
			intent: 'met',
			people: [{ key: 'xi-jinping', name: 'Xi Jinping' }],
			others: [{ key: 'vladimir-putin', name: 'Vladimir Putin' }],
		};
		expect(resolveFollowUp('when was that', met)).toBe('when did Xi Jinping meet Vladimir Putin');
	});

	it('leaves a question that stands alone as it is', () => {
		expect(resolveFollowUp('who is peskov', previous)).toBeNull();
	});

	it('remembers a channel for ten minutes, and each channel apart', () => {
		let now = 0;
		const conversations = new Conversations(() => now);
		conversations.set('c1', previous);
		expect(conversations.get('c1')).toBe(previous);
		expect(conversations.get('c2')).toBeNull();
		now = FOLLOW_UP_MS + 1;
		expect(conversations.get('c1')).toBeNull();
	});

	it('GIVEN more channels than it keeps THEN it holds MAX_CHANNELS, forgetting the least recently asked first', () => {
		const conversations = new Conversations(() => 0);
		for (let i = 0; i <= MAX_CHANNELS + 100; i++) {
			conversations.set(`c${i}`, previous);
			if (i === MAX_CHANNELS - 1) conversations.set('c0', previous); // asked again before the map is full: kept
		}
		expect(conversations.size).toBe(MAX_CHANNELS);
		expect(conversations.get('c0')).toBe(previous);
		expect(conversations.get('c1')).toBeNull();
		expect(conversations.get(`c${MAX_CHANNELS + 100}`)).toBe(previous);
	});
});

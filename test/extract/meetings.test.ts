import { describe, expect, it } from 'vitest';
import { build, meetingsOf } from './handmade.js';

// Who met, called, visited or hosted whom, where, when, and whether it happened or is planned.

const day = (text: string, date: string) => ({ text, start: date, end: date, precision: 'day' });

describe('findMeetings', () => {
	it('GIVEN "A met with B in Beijing on Tuesday" in a Wednesday article THEN a meeting in Beijing on the day before', () => {
		expect(meetingsOf(['Sergei Lavrov met with Xi Jinping in Beijing on Tuesday.'])).toEqual([
			{ participants: ['Sergei Lavrov', 'Xi Jinping'], kind: 'meeting', place: 'Beijing', date: day('on Tuesday', '2024-04-09'), status: 'happened' },
		]);
	});

	it('GIVEN "A will meet B on Friday" THEN planned, on the coming Friday', () => {
		expect(meetingsOf(['Sergei Lavrov will meet Wang Yi in Beijing on Friday.'])).toEqual([
			{ participants: ['Sergei Lavrov', 'Wang Yi'], kind: 'meeting', place: 'Beijing', date: day('on Friday', '2024-04-12'), status: 'planned' },
		]);
	});

	it('GIVEN "A and B held talks in Moscow on July 8" THEN talks of both, in Moscow, on that day', () => {
		expect(meetingsOf(['Narendra Modi and Vladimir Putin held talks in Moscow on July 8.'], '2024-07-10')).toEqual([
			{ participants: ['Narendra Modi', 'Vladimir Putin'], kind: 'talks', place: 'Moscow', date: day('July 8', '2024-07-08'), status: 'happened' },
		]);
	});

	it(
		'GIVEN "A hosted his counterpart B last week, and the two will meet again next month" THEN two meetings, one happened and one planned, ' +
			'and no "again" among the parties',
		() => {
			expect(
				meetingsOf([
					'Italian Foreign Minister Antonio Tajani hosted his Indian counterpart Subrahmanyam Jaishankar in Rome last week, ' +
						'and the two will meet again in Delhi next month.',
				]),
			).toEqual([
				{
					participants: ['Antonio Tajani', 'Subrahmanyam Jaishankar'],
					kind: 'visit',
					place: 'Rome',
					date: { text: 'last week', start: '2024-04-01', end: '2024-04-07', precision: 'week' },
					status: 'happened',
				},
				{
					participants: ['Antonio Tajani', 'Subrahmanyam Jaishankar'],
					kind: 'meeting',
					place: 'Delhi',
					date: { text: 'next month', start: '2024-05-01', end: '2024-05-31', precision: 'month' },
					status: 'planned',
				},
			]);
		},
	);

	it('GIVEN "At a U.N. Security Council emergency meeting, Ambassador X denied …" THEN the body\'s meeting with X; a body alone is no meeting', () => {
		expect(
			meetingsOf([
				'At a U.N. Security Council emergency meeting on the strike, Ukrainian Ambassador Andrii Melnyk denied the accusations.',
			]).map((m) => [m.kind, m.participants]),
		).toEqual([['meeting', ['Andrii Melnyk', 'U.N. Security Council']]]);
		expect(meetingsOf(['Sales rose, Kevin Mayer said on Tuesday at the Vox Media conference in Hollywood.'])).toEqual([]);
		expect(meetingsOf(['Joe Biden’s spokesman John Kirby met Xi Jinping in Beijing on Monday.']).map((m) => m.participants)).toEqual([
			['John Kirby', 'Xi Jinping'],
		]);
	});

	it('GIVEN someone speaking or tabling a budget in a legislature THEN a meeting with it, dated; a vote in it alone is none', () => {
		expect(
			meetingsOf(
				['Prime Minister Anwar Ibrahim returned home.', 'In Parliament yesterday, Anwar explained the new strategy to reduce travel costs.'],
				'2024-11-22',
			).map((m) => [m.participants, m.date?.start]),
		).toEqual([[['Anwar Ibrahim', 'Parliament'], '2024-11-21']]);
		expect(
			meetingsOf(['Finance Minister Enoch Godongwana tabled the budget in parliament on Wednesday.'], '2025-05-21').map((m) => [
				m.participants,
				m.date?.start,
			]),
		).toEqual([[['Enoch Godongwana'], '2025-05-21']]);
		for (const sentence of [
			'Donald Trump said Republicans in Congress were united behind him.',
			'Senator Elizabeth Warren, who was elected to the Senate in 2012, said she would run again.',
			'Dr Jane Smith said too much salt in the diet raises blood pressure.',
		])
			expect(meetingsOf([sentence])).toEqual([]);
	});

	it('GIVEN "met family members of the hostages" THEN a meeting with them, written as the article has it', () => {
		expect(meetingsOf(['Joe Biden met family members of the hostages in Tel Aviv on Monday.']).map((m) => [m.participants, m.place])).toEqual([
			[['Joe Biden'], 'Tel Aviv'],
		]);
	});

	it('GIVEN "A met B on Friday, a day after B visited Athens" THEN the visit is B\'s alone', () => {
		expect(
			meetingsOf([
				'Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelensky in Ankara on Friday, a day after Zelensky visited Athens.',
			]).map((m) => [m.kind, m.participants]),
		).toEqual([
			['visit', ['Volodymyr Zelensky']],
			['meeting', ['Recep Tayyip Erdogan', 'Volodymyr Zelensky']],
		]);
	});

	it('GIVEN a meeting dated before publication in a sentence that goes on in the future tense THEN it happened', () => {
		expect(
			meetingsOf(['It was raised during Lee Jae Myung\'s November summit with Xi Jinping and both sides will continue efforts.'], '2026-01-02').map(
				(m) => [m.kind, m.date?.start, m.status],
			),
		).toEqual([['summit', '2025-11-01', 'happened']]);
	});

	it('GIVEN a meeting with no party in its own sentence, far from the last one THEN no meeting is made up', () => {
		expect(
			meetingsOf([
				'Joe Biden met Xi Jinping in Beijing on Monday.',
				'Markets fell sharply.',
				'Later, Keir Starmer hosted a summit in London on Friday.',
			]).map((m) => m.participants),
		).toEqual([['Joe Biden', 'Xi Jinping']]);
	});

	it('GIVEN a host and a guest the article does not name, at a place no list knows THEN the guest as written and the place', () => {
		const facts = build(['The Prime Minister, Keir Starmer, will host the German chancellor at Chequers on Friday.'], '2024-11-03');
		expect(
			facts.meetings.map((m) => ({
				participants: m.participants,
				counterpart: m.counterpart?.text,
				place: m.place?.text,
				date: m.date?.start,
				status: m.status,
			})),
		).toEqual([
			{ participants: ['keir-starmer'], counterpart: 'the German chancellor', place: 'Chequers', date: '2024-11-08', status: 'planned' },
		]);
	});

	it('GIVEN "met" after a paragraph that speaks of the future THEN the date still looks back', () => {
		expect(meetingsOf(["'Working people will pay the price.'", 'Mel Stride met Keir Starmer in Manchester on Monday.'], '2024-11-03')).toEqual([
			{ participants: ['Mel Stride', 'Keir Starmer'], kind: 'meeting', place: 'Manchester', date: day('on Monday', '2024-10-28'), status: 'happened' },
		]);
	});

	it('GIVEN a phone call "last week" THEN a phone call dated to the previous week', () => {
		expect(meetingsOf(['Joe Biden spoke by phone with Xi Jinping last week.'])).toEqual([
			{
				participants: ['Joe Biden', 'Xi Jinping'],
				kind: 'call',
				place: null,
				date: { text: 'last week', start: '2024-04-01', end: '2024-04-07', precision: 'week' },
				status: 'happened',
			},
		]);
	});

	it('GIVEN a host welcoming a guest THEN a visit at the host\'s place', () => {
		expect(meetingsOf(['Xi Jinping welcomed Vladimir Putin in Beijing on Thursday.'], '2024-05-16')).toEqual([
			{ participants: ['Xi Jinping', 'Vladimir Putin'], kind: 'visit', place: 'Beijing', date: day('on Thursday', '2024-05-16'), status: 'happened' },
		]);
	});

	it('GIVEN a visit to a country THEN the country is the place, not a party', () => {
		expect(meetingsOf(['Janet Yellen visited China this week.'])).toEqual([
			{
				participants: ['Janet Yellen'],
				kind: 'visit',
				place: 'China',
				date: { text: 'this week', start: '2024-04-08', end: '2024-04-14', precision: 'week' },
				status: 'happened',
			},
		]);
	});

	it('GIVEN talks, a signing and an envoy THEN those kinds', () => {
		expect(meetingsOf(['Emmanuel Macron held talks with Olaf Scholz in Berlin on Monday.']).map((m) => [m.kind, m.participants, m.place])).toEqual([
			['talks', ['Emmanuel Macron', 'Olaf Scholz'], 'Berlin'],
		]);
		expect(meetingsOf(['Xi Jinping and Vladimir Putin signed a joint statement on Thursday.'], '2024-05-16').map((m) => [m.kind, m.participants])).toEqual([
			['signing', ['Xi Jinping', 'Vladimir Putin']],
		]);
		expect(meetingsOf(['Beijing dispatched an envoy to Moscow and Kyiv.']).map((m) => [m.kind, m.participants, m.place])).toEqual([
			['visit', ['Beijing'], 'Moscow and Kyiv'],
		]);
	});

	it('GIVEN a sentence that only refers back to "the meeting" THEN the date of the meeting just reported carries over', () => {
		expect(meetingsOf(['Sergei Lavrov met Xi Jinping on Tuesday.', 'The meeting followed talks with Wang Yi.'])[1]).toEqual({
			participants: ['Sergei Lavrov', 'Wang Yi'],
			kind: 'talks',
			place: null,
			date: day('on Tuesday', '2024-04-09'),
			status: 'happened',
		});
	});

	it('GIVEN summit talks "next week" and later "the summit on Monday" THEN one summit, on the Monday of that week', () => {
		const meetings = meetingsOf(
			[
				'Yoon Suk Yeol and Xi Jinping will hold a summit next week in Beijing.',
				'Asked about the summit between Yoon and Xi on Monday, the adviser declined to comment.',
			],
			'2024-04-12',
		);
		expect(meetings).toEqual([
			{ participants: ['Yoon Suk Yeol', 'Xi Jinping'], kind: 'summit', place: 'Beijing', date: day('on Monday', '2024-04-15'), status: 'planned' },
		]);
	});

	it('GIVEN a meeting set at another time than the dated sentence before it THEN it does not take that date', () => {
		const meetings = meetingsOf(
			['Anthony Albanese met Li Qiang in Canberra on Monday.', 'The talks came two months after Li made his first trip to Australia.'],
			'2024-04-10',
		);
		expect(meetings.find((m) => m.place === 'Australia')?.date).toBeNull();
	});

	it('GIVEN "will meet on Tuesday" in a Tuesday article THEN that same day', () => {
		expect(meetingsOf(['Gunnar Strömmer will meet Ulf Kristersson on Tuesday.'], '2024-04-30')[0]?.date).toEqual(day('on Tuesday', '2024-04-30'));
	});

	it('GIVEN "X\'s state visit to Y" beside another person THEN the visit is X\'s only', () => {
		const meetings = meetingsOf(
			['The trip will be Lee Jae Myung\'s first visit to China, and it reciprocates Xi Jinping\'s state visit to South Korea in October.'],
			'2025-12-30',
		);
		expect(meetings.map((m) => [m.participants, m.place])).toEqual([[['Lee Jae Myung'], 'China'], [['Xi Jinping'], 'South Korea']]);
	});

	it('GIVEN "the two leaders" after a visit of a person to a country THEN the two people of the last meeting between people', () => {
		const meetings = meetingsOf(
			[
				'Lee Jae Myung will meet Xi Jinping in Beijing on Jan. 5.',
				'Lee Jae Myung will then visit China\'s south.',
				'The two leaders previously held a summit in Gyeongju on Nov. 1 on the margins of the Gyeongju APEC Summit.',
			],
			'2025-12-30',
		);
		expect(meetings.at(-1)).toEqual({
			participants: ['Lee Jae Myung', 'Xi Jinping'],
			kind: 'summit',
			place: 'Gyeongju',
			date: day('Nov. 1', '2025-11-01'),
			status: 'happened',
		});
	});

	it('GIVEN a visit told again without a date THEN one visit', () => {
		expect(
			meetingsOf(
				[
					'Lee Jae Myung will make a state visit to China from Sunday.',
					'Lee Jae Myung will be the first Korean leader to make a state visit to China in nine years.',
				],
				'2025-12-30',
			),
		).toEqual([
			{ participants: ['Lee Jae Myung'], kind: 'visit', place: 'China', date: day('Sunday', '2026-01-04'), status: 'planned' },
		]);
	});

	it('GIVEN someone who "told the court on Monday", twice THEN one meeting with the court as written', () => {
		const facts = build(
			['Ammar Hijazi told the court on Monday that aid was blocked.', 'On Monday, Hijazi told the court that the law was clear.'],
			'2025-05-03',
		);
		expect(
			facts.meetings.map((m) => ({ participants: m.participants, counterpart: m.counterpart?.text, date: m.date?.start, status: m.status })),
		).toEqual([
			{ participants: ['ammar-hijazi'], counterpart: 'the court', date: '2025-04-28', status: 'happened' },
		]);
	});

	it('GIVEN no meeting word THEN no meeting', () => {
		expect(meetingsOf(['Sergei Lavrov criticised Xi Jinping on Tuesday.'])).toEqual([]);
	});
});

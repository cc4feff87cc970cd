import { describe, expect, it } from 'vitest';
import { build } from './handmade.js';

// Each pass of the event finder with its table of sentences and the event it yields, read through the facts contract
// with the rule that decided each field.

function eventsOf(paragraphs: string[], published = '2024-04-10') {
	const facts = build(paragraphs, published);
	const name = (key: string) => facts.entities.find((e) => e.key === key)?.name ?? key;
	return facts.meetings.map((m) => ({
		participants: m.participants.map(name),
		kind: m.kind,
		status: m.status,
		date: m.date && (m.date.start === m.date.end ? m.date.start : `${m.date.start}/${m.date.end}`),
		place: m.place?.text ?? null,
		why: m.why,
	}));
}

describe('places are places', () => {
	it.each([
		['Vladimir Putin visited Beijing in February 2022.', ['Vladimir Putin'], 'Beijing'],
		['Janet Yellen flew to China on Monday.', ['Janet Yellen'], 'China'],
		['Beijing dispatched an envoy to Moscow and Kyiv.', ['Beijing'], 'Moscow and Kyiv'],
		['Lee Jae Myung will make a state visit to China from Sunday amid reports that he may meet Sanae Takaichi.', ['Lee Jae Myung'], 'China'],
	])('GIVEN "%s" THEN the traveller alone takes part and the destination is the place', (sentence, participants, place) => {
		const [trip] = eventsOf([sentence]);
		expect(trip).toMatchObject({ participants, kind: 'visit', place });
		expect(trip!.why.place).toMatchObject({ rule: 'place.trip-destination', evidence: { text: place } });
	});
});

describe('status', () => {
	it.each([
		['North Korea abruptly canceled talks with South Korea on Wednesday.', 'cancelled', 'status.cancelled'],
		['A meeting between Shehbaz Sharif and Recep Tayyip Erdogan was underway in Ankara on Monday.', 'under way', 'status.under-way'],
		['Olaf Scholz, who is on his first official visit to Japan since taking office, spoke in Tokyo.', 'under way', 'status.under-way'],
		['Arrangements are under way for Fumio Kishida to visit Berlin for talks with Olaf Scholz.', 'planned', 'status.preparations-under-way'],
		['Xi Jinping invited Lee Jae Myung to a summit in Beijing next month.', 'invited', 'status.invited'],
		['Antony Blinken is headed to Beijing on Saturday.', 'planned', 'status.date-after-publication'],
		['Antony Blinken had visited Beijing in March.', 'happened', 'status.date-before-publication'],
		['Emmanuel Macron will meet Olaf Scholz in Berlin.', 'planned', 'status.future-words'],
		['Emmanuel Macron met Olaf Scholz in Berlin.', 'happened', 'status.reported-as-fact'],
		['Volodymyr Zelenskyy on Tuesday called for a meeting with Vladimir Putin.', 'planned', 'status.intent'],
		['Kim Jong Un and Donald Trump could meet as soon as next month.', 'planned', 'status.date-after-publication'],
	])('GIVEN "%s" THEN %s', (sentence, status, rule) => {
		const [event] = eventsOf([sentence]);
		expect({ status: event?.status, rule: event?.why.status.rule }).toEqual({ status, rule });
	});

	it('GIVEN a meeting called for on a day THEN planned, and that day is not the meeting\'s', () => {
		expect(eventsOf(['Volodymyr Zelenskyy on Tuesday called for a meeting with Vladimir Putin.'])[0]).toMatchObject({ status: 'planned', date: null });
	});

	it('GIVEN "is headed to" with a weekday in a Thursday article THEN the coming weekday', () => {
		expect(eventsOf(['Antony Blinken is headed to Beijing on Saturday.'], '2024-04-11')[0]).toMatchObject({ date: '2024-04-13', status: 'planned' });
		expect(eventsOf(['Barack Obama arrives in China Saturday for two days of talks.'], '2016-09-02')[0]).toMatchObject({
			participants: ['Barack Obama'],
			place: 'China',
			date: '2016-09-03',
			status: 'planned',
		});
	});
});

describe('separate meetings', () => {
	it.each([
		[
			'Barack Obama will meet Recep Tayyip Erdogan and Vladimir Putin separately on Sunday.',
			[
				['Barack Obama', 'Recep Tayyip Erdogan'],
				['Barack Obama', 'Vladimir Putin'],
			],
		],
		[
			'Since then, Jared Kushner has met a number of world leaders, including Benjamin Netanyahu and Justin Trudeau.',
			[
				['Jared Kushner', 'Benjamin Netanyahu'],
				['Jared Kushner', 'Justin Trudeau'],
			],
		],
		[
			'On Tuesday, Anura Kumara Dissanayake met with Julie J. Chung at his office before meeting Levan Dzhagaryan.',
			[
				['Anura Kumara Dissanayake', 'Julie J. Chung'],
				['Anura Kumara Dissanayake', 'Levan Dzhagaryan'],
			],
		],
		['Anura Kumara Dissanayake met External Affairs Minister S. Jaishankar and Ajit Doval.', [['Anura Kumara Dissanayake', 'S. Jaishankar', 'Ajit Doval']]],
		[
			'Anura Kumara Dissanayake met with key figures in the German government, including Frank-Walter Steinmeier and Annalena Baerbock.',
			[['Anura Kumara Dissanayake', 'Frank-Walter Steinmeier', 'Annalena Baerbock']],
		],
		[
			'Lee Jae Myung is due to meet Li Qiang, Zhao Leji and Chen Jining.',
			[
				['Lee Jae Myung', 'Li Qiang'],
				['Lee Jae Myung', 'Zhao Leji'],
				['Lee Jae Myung', 'Chen Jining'],
			],
		],
		['Barack Obama met Recep Tayyip Erdogan and Vladimir Putin together on Sunday.', [['Barack Obama', 'Recep Tayyip Erdogan', 'Vladimir Putin']]],
	])('GIVEN "%s" THEN one meeting with two met together, one per counterpart for a list, a group or apart', (sentence, meetings) => {
		expect(eventsOf([sentence]).map((m) => m.participants)).toEqual(meetings);
	});

	it('GIVEN "a luncheon with A, …, and meet with B" THEN A is met, not one who meets B', () => {
		const sentence =
			'On Tuesday, Lee Jae Myung will have a luncheon meeting with Premier Li Qiang, who is in charge of the economy, and meet with Zhao Leji.';
		expect(eventsOf([sentence]).map((m) => m.participants)).toEqual([
			['Lee Jae Myung', 'Li Qiang'],
			['Lee Jae Myung', 'Zhao Leji'],
		]);
	});
});

describe('more words for a contact', () => {
	it.each([
		['Peace talks between Rustem Umerov and Vladimir Medinsky ended on Wednesday.', ['Rustem Umerov', 'Vladimir Medinsky'], 'talks', 'kind.talks-between'],
		[
			'Lee Jae Myung will travel to Shanghai for a dinner meeting with Chen Jining on Tuesday.',
			['Lee Jae Myung', 'Chen Jining'],
			'meeting',
			'kind.meal-with',
		],
		['Volodymyr Zelenskyy had spoken with Donald Trump on Monday.', ['Volodymyr Zelenskyy', 'Donald Trump'], 'call', 'kind.spoke-with'],
		['King Hussein carried on negotiations with Yitzhak Rabin in secret.', ['King Hussein', 'Yitzhak Rabin'], 'talks', 'kind.held-talks-with'],
		['Sergei Lavrov conducted talks with Wang Yi on Monday.', ['Sergei Lavrov', 'Wang Yi'], 'talks', 'kind.held-talks-with'],
		['Sergei Lavrov and Wang Yi will co-chair the Joint Steering Council on Monday.', ['Sergei Lavrov', 'Wang Yi'], 'meeting', 'kind.co-chaired'],
		['Wang Yi co-chaired the Foreign Ministers’ Meeting in Beijing with Sergei Lavrov.', ['Wang Yi', 'Sergei Lavrov'], 'meeting', 'kind.co-chaired'],
		['Elbridge Gerry addressed the first session of Congress in August 1789.', ['Elbridge Gerry', 'Congress'], 'address', 'kind.address-to-body'],
		['Donald Trump told the National Rifle Convention (NRA) in Dallas: “I read a story.”', ['Donald Trump', 'NRA'], 'address', 'kind.address-to-body'],
		['Tung Chee-hwa said Wednesday that he had scrapped plans to visit the United States.', ['Tung Chee-hwa'], 'visit', 'kind.travel-verb'],
		['Monty Vickers visits security guard Guy Hooper, the man who reported the car.', ['Monty Vickers', 'Guy Hooper'], 'visit', 'kind.visited-person'],
		['Marco Rubio noted in a Senate hearing that Iran’s leaders are entrenched.', ['Marco Rubio', 'Senate'], 'hearing', 'kind.at-a-meeting'],
		['Last week at a NATO summit in Brussels, Donald Trump attacked Germany.', ['Donald Trump', 'NATO'], 'summit', 'kind.at-a-meeting'],
		[
			'Trump said Wednesday during a meeting with Uzbekistan’s president at the White House that talks would go ahead.',
			['Donald Trump'],
			'meeting',
			'kind.met-named',
		],
		[
			'Volodymyr Zelensky said his conversations with Jared Kushner and Steve Witkoff were useful.',
			['Volodymyr Zelensky', 'Jared Kushner', 'Steve Witkoff'],
			'talks',
			'kind.conversations-with',
		],
	])('GIVEN "%s" THEN its parties and kind', (sentence, participants, kind, rule) => {
		const paragraphs = sentence.startsWith('Trump said') ? ['President Donald Trump spoke.', sentence] : [sentence];
		const [event] = eventsOf(paragraphs);
		expect({ participants: event?.participants.map((p) => p.split(' ').at(-1)), kind: event?.kind, rule: event?.why.kind.rule }).toEqual({
			participants: participants.map((p) => p.split(' ').at(-1)),
			kind,
			rule,
		});
	});

	it('GIVEN "will visit the residences of A and B" THEN a visit to each; "Convener" is a title before the name', () => {
		const events = eventsOf(['BNP Chairman Tarique Rahman will visit the residences of Dr. Shafiqur Rahman and NCP Convener Nahid Islam this evening.']);
		expect(events.map((m) => [m.kind, m.participants, m.why.participants.rule])).toEqual([
			['visit', ['Tarique Rahman', 'Shafiqur Rahman'], 'parties.each-counterpart-separately'],
			['visit', ['Tarique Rahman', 'Nahid Islam'], 'parties.each-counterpart-separately'],
		]);
	});

	it('GIVEN "phone calls with counterparts from …", then "held calls on Monday with the heads of …" THEN two calls, with whom as written', () => {
		const paragraphs = [
			'Foreign Minister Sameh Shoukry began a round of diplomacy, conducting phone calls with counterparts from Jordan, Qatar, and Spain.',
			'Shoukry held calls on Monday morning with the heads of Egyptian missions in Amman and Doha.',
		];
		const facts = build(paragraphs, '2024-03-04');
		expect(facts.meetings.map((m) => [m.kind, m.participants, m.counterpart?.text, m.why.kind.rule])).toEqual([
			['call', ['sameh-shoukry'], 'counterparts', 'kind.calls-with'],
			['call', ['sameh-shoukry'], 'the heads of Egyptian missions', 'kind.calls-with'],
		]);
	});

	it('GIVEN "visited lawmakers on Capitol Hill" THEN a visit to the lawmakers as written, on the Hill', () => {
		const facts = build(['Jared Kushner visited lawmakers on Capitol Hill to discuss criminal-justice reform.'], '2017-04-03');
		expect(facts.meetings.map((m) => [m.kind, m.participants, m.counterpart?.text, m.place?.text])).toEqual([
			['visit', ['jared-kushner'], 'lawmakers', 'Capitol Hill'],
		]);
	});

	it('GIVEN "a meeting with Uzbekistan’s president" THEN the counterpart as written, not the country', () => {
		const facts = build(
			[
				'President Donald Trump spoke.',
				'Trump said Wednesday during a meeting with Uzbekistan’s president at the White House that talks would go ahead.',
			],
			'2018-05-16',
		);
		expect(facts.meetings.map((m) => ({ counterpart: m.counterpart?.text, place: m.place?.text, date: m.date?.start }))).toEqual([
			{ counterpart: 'Uzbekistan’s president', place: 'White House', date: '2018-05-16' },
		]);
	});

	it('GIVEN "the two leaders sat down again Thursday" after their meeting THEN talks of the two', () => {
		const events = eventsOf(
			['Donald Trump met Kim Jong Un in Hanoi on Wednesday.', 'As the two leaders sat down again Thursday morning in Hanoi, aides waited.'],
			'2019-02-28',
		);
		expect(events.at(-1)).toMatchObject({ participants: ['Donald Trump', 'Kim Jong Un'], kind: 'talks', date: '2019-02-28', place: 'Hanoi' });
	});

	it('GIVEN "will meet" and later "the summit" of the same two THEN one event, a summit, citing both sentences', () => {
		const facts = build(
			['Lee Jae Myung will meet Xi Jinping in Beijing on Monday.', 'The summit between Lee Jae Myung and Xi Jinping will be held in Beijing on Monday.'],
			'2026-01-02',
		);
		expect(facts.meetings.map((m) => ({ kind: m.kind, more: m.more.length }))).toEqual([{ kind: 'summit', more: 1 }]);
	});
});

describe('counterparts and datelines', () => {
	it('GIVEN "her South Korean counterpart" and one South Korean the article names THEN that person; none named THEN as written', () => {
		const named = eventsOf([
			'Japanese Foreign Minister Yoko Kamikawa held a brief meeting with her South Korean counterpart in Jakarta on Wednesday.',
			'South Korean Foreign Minister Cho Tae-yul said the talks were useful.',
		]);
		expect(named[0]).toMatchObject({ participants: ['Yoko Kamikawa', 'Cho Tae-yul'], place: 'Jakarta', date: '2024-04-10' });
		expect(named[0]!.why.participants.rule).toBe('parties.counterpart-by-role');
		const facts = build(['Japanese Foreign Minister Yoko Kamikawa met her South Korean counterpart in Jakarta on Wednesday.']);
		expect(facts.meetings.map((m) => [m.participants, m.counterpart?.text])).toEqual([[['yoko-kamikawa'], 'her South Korean counterpart']]);
	});

	it('GIVEN a dateline city in capitals THEN it is neither a party nor the place', () => {
		for (const sentence of [
			'HANOI, Vietnam — President Donald Trump met Kim Jong Un on Wednesday.',
			'SEOUL, Jan. 2 (Yonhap) -- Donald Trump met Kim Jong Un on Wednesday.',
		]) {
			expect(eventsOf([sentence], '2019-02-27').map((m) => [m.participants, m.place])).toEqual([[['Donald Trump', 'Kim Jong Un'], null]]);
		}
	});
});

describe('where an event word\'s parties end', () => {
	it('GIVEN "held a meeting to honor Jimmy Carter" THEN Carter is no party: "to" and a verb tell the meeting\'s purpose', () => {
		expect(eventsOf(['Joe Biden held a meeting to honor Jimmy Carter on Monday.']).flatMap((m) => m.participants)).not.toContain('Jimmy Carter');
	});

	it('GIVEN "a phone call to private investigator Monty Vickers" THEN the call reached Vickers: a role stands before the name', () => {
		const [call] = eventsOf(['Joe Biden made a phone call to private investigator Monty Vickers on Monday.']);
		expect([call?.kind, call?.participants]).toEqual(['call', ['Joe Biden', 'Monty Vickers']]);
	});
});

describe('what a trip reached', () => {
	it.each([
		['Joe Biden visited hurricane-ravaged Puerto Rico on Monday.', 'Puerto Rico'],
		['Joe Biden visited the United States Capitol on Monday.', 'United States Capitol'],
	])('GIVEN "%s" THEN %s is no party: a place or a building is no one met', (sentence, place) => {
		expect(eventsOf([sentence]).flatMap((m) => m.participants)).not.toContain(place);
	});
});

describe('calls and trips told with another event', () => {
	it('GIVEN "A had told B by telephone on Wednesday" THEN a call of A and B on that day, the teller of it no party', () => {
		const events = eventsOf(['South Africa said Robert Mugabe had told President Jacob Zuma by telephone on Wednesday that he was fine.'], '2017-11-16');
		expect(events).toMatchObject([{ participants: ['Robert Mugabe', 'Jacob Zuma'], kind: 'call', date: '2017-11-15', status: 'happened' }]);
	});

	it('GIVEN "will address a body when he travels on to a country" THEN the address and the trip, not one merged into the other', () => {
		const events = eventsOf(
			['Barack Obama will become the first US president to address the African Union when he travels on to Ethiopia on Sunday.'],
			'2015-07-24',
		);
		expect(events.map((m) => [m.kind, m.participants, m.place, m.date])).toEqual([
			['visit', ['Barack Obama'], 'Ethiopia', '2015-07-26'],
			['address', ['Barack Obama', 'African Union'], null, '2015-07-26'],
		]);
	});
});

describe('venues', () => {
	it.each([
		['Antony Blinken met Wang Yi in his office on Monday.', 'his office', 'place.venue-after-in-or-at'],
		[
			'Antony Blinken and Wang Yi met on Monday at the latter’s headquarters near Los Angeles.',
			'the latter’s headquarters near Los Angeles',
			'place.venue-in-town',
		],
		['Antony Blinken ran into Wang Yi during a layover at the Denver airport on Monday.', 'Denver airport', 'place.capitalised-after-in-or-at'],
	])('GIVEN "%s" THEN the venue is the place: "%s", by %s', (sentence, place, rule) => {
		const [meeting] = eventsOf([sentence]);
		expect([meeting?.participants, meeting?.place, meeting?.why.place?.rule]).toEqual([['Antony Blinken', 'Wang Yi'], place, rule]);
	});

	it('GIVEN "met Putin dozens of times in her years in office" THEN the meeting has no place: "years in office" is a time', () => {
		const events = eventsOf(['Angela Merkel met Vladimir Putin dozens of times in her years in office.']);
		expect(events.map((m) => [m.participants, m.place])).toEqual([[['Angela Merkel', 'Vladimir Putin'], null]]);
	});

	it.each([
		['Wang Yi called on Lee Hsien Loong at the Istana and Heng Swee Keat on Monday.', [['Lee Hsien Loong', 'Istana'], ['Heng Swee Keat', null]]],
		[
			'Wang Yi spent the morning alongside Lee Hsien Loong and the afternoon in his office with Heng Swee Keat.',
			[['Lee Hsien Loong', null], ['Heng Swee Keat', 'his office']],
		],
		['Wang Yi met Lee Hsien Loong and Heng Swee Keat separately at the Istana.', [['Lee Hsien Loong', 'Istana'], ['Heng Swee Keat', 'Istana']]],
	])('GIVEN "%s" THEN of people met one by one, a place between two is where one of them was met', (sentence, places) => {
		expect(eventsOf([sentence]).map((m) => [m.participants[1], m.place])).toEqual(places);
	});
});

describe('a gathering\'s words end at another clause', () => {
	it('GIVEN "met A at the Presidential Secretariat before meeting B" THEN the venue is no party of a meeting there', () => {
		const events = eventsOf(['On Tuesday, Ranil Wickremesinghe met with Julie Chung at the Presidential Secretariat before meeting Levan Dzhagaryan.']);
		expect(events.some((m) => m.why.kind.rule === 'kind.at-a-meeting')).toBe(false);
	});
});

describe('settings of a meeting', () => {
	it.each([
		['Antony Blinken met Wang Yi on the sidelines of the ASEAN ministerial meeting.', 'the sidelines of the ASEAN ministerial meeting'],
		[
			'On Saturday Antony Blinken and Wang Yi held a one-hour meeting on the sidelines of the Munich Security Conference, an annual forum, in Germany.',
			'the sidelines of the Munich Security Conference, an annual forum, in Germany',
		],
	])('GIVEN "%s" THEN the gathering beside which they met is the place: "%s"', (sentence, place) => {
		const [meeting] = eventsOf([sentence]);
		const got = [meeting?.participants, meeting?.place, meeting?.why.place?.rule];
		expect(got).toEqual([['Antony Blinken', 'Wang Yi'], place, 'place.sidelines-of-gathering']);
	});

	it('GIVEN a gathering told only by a common noun ("on the margins of the event") THEN it names no place', () => {
		const [meeting] = eventsOf(['Antony Blinken met Wang Yi on the margins of the event.']);
		expect([meeting?.participants, meeting?.place]).toEqual([['Antony Blinken', 'Wang Yi'], null]);
	});

	it('GIVEN a meeting still to come on the sidelines of a gathering THEN no place yet', () => {
		const [meeting] = eventsOf(['Antony Blinken will meet Wang Yi on the sidelines of the ASEAN ministerial meeting.']);
		expect([meeting?.participants, meeting?.place]).toEqual([['Antony Blinken', 'Wang Yi'], null]);
	});

	it('GIVEN "the Moon-Kim meeting, held in Singapore" where two people answer to "Kim" THEN the one the article calls Kim, met there', () => {
		const paragraphs = [
			'Moon Jae-in met North Korean leader Kim Jong Un on June 12.',
			'Kim has said little since. Envoy Harry Kim helped plan it.',
			'Officials coordinated with the National Security Council to pull off the June 12 Moon-Kim meeting, held in Singapore.',
		];
		const events = eventsOf(paragraphs, '2018-06-30');
		expect(events.map((m) => [m.participants, m.place, m.why.place?.rule])).toEqual([
			[['Moon Jae-in', 'Kim Jong Un'], 'Singapore', 'place.held-in-after-noun'],
		]);
	});
});

describe('words of a contact that tell none', () => {
	it('GIVEN "refused to address Biden’s reported skepticism" THEN no event: what is addressed is a topic, not a body', () => {
		const paragraphs = [
			'President Joe Biden spoke on Sunday.',
			'During Monday’s press briefing, White House Press Secretary Karine Jean-Pierre refused to address Biden’s reported skepticism of the ' +
				'poll’s legitimacy and characterized the poll as unimportant because Biden won the election.',
		];
		expect(eventsOf(paragraphs)).toEqual([]);
	});

	it.each([
		['Jeffrey Epstein would later ask to meet Ghislaine Maxwell.'],
		['Moon Jae-in said he wanted to visit North Korea someday.'],
		['Joe Biden has long yearned to visit Ireland.'],
		['Joe Biden said Olaf Scholz had personally requested the ships to visit Sri Lanka.'],
		['Joe Biden asked Olaf Scholz to visit Berlin.'],
	])('GIVEN "%s" THEN no event: a contact wished or asked for, with no occasion, is none held', (sentence) => {
		expect(eventsOf([sentence])).toEqual([]);
	});

	it.each([
		['Donald Trump met Kim Jong Un in Singapore and said he hoped to meet him again someday.', ['Donald Trump', 'Kim Jong Un']],
		['Donald Trump met Kim Jong Un on some day in June.', ['Donald Trump', 'Kim Jong Un']],
		['It took Joe Biden too long to meet Xi Jinping, Republicans said.', ['Joe Biden', 'Xi Jinping']],
	])('GIVEN "%s" THEN the meeting is kept: the wish or "someday" is not the meeting\'s own', (sentence, participants) => {
		expect(eventsOf([sentence]).map((m) => [m.kind, m.participants])).toEqual([['meeting', participants]]);
	});

	it('GIVEN "wanted to visit North Korea next year" THEN a visit planned', () => {
		expect(eventsOf(['Moon Jae-in said he wanted to visit North Korea next year.']).map((m) => [m.kind, m.status])).toEqual([['visit', 'planned']]);
	});

	it('GIVEN "’s address Monday at Kansas University" THEN no address to the university: the weekday dates the speech', () => {
		const sentence =
			'Former President Bill Clinton’s decades of work proved a common thread throughout Clinton’s bipartisan-themed address Monday at ' +
			'Kansas University.';
		expect(eventsOf([sentence])).toEqual([]);
	});

	it('GIVEN "addressed Kenya’s National Assembly" THEN the address to the body stays', () => {
		const [address] = eventsOf(['William Ruto addressed Kenya’s National Assembly on Monday.']);
		expect([address?.kind, address?.why.kind.rule]).toEqual(['address', 'kind.address-to-body']);
	});
});

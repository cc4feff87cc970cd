import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';
import { articleOf } from './handmade.js';

function spans(...paragraphs: string[]) {
	const { body, paragraphs: ranges } = articleOf(paragraphs);
	return findQuoteSpans(body, ranges).map((s) => ({ text: body.slice(s.start, s.end), paragraph: s.paragraph, group: s.group }));
}

describe('findQuoteSpans', () => {
	it('GIVEN curly double marks THEN the text between them, marks excluded', () => {
		expect(spans('“Current relations were hard-won,” Xi told Putin.')).toEqual([{ text: 'Current relations were hard-won,', paragraph: 0, group: 1 }]);
	});

	it('GIVEN straight double marks THEN paired by position, several in one paragraph', () => {
		expect(spans('Wang said China "hopes to see a cease-fire," while Lavrov said Moscow was "grateful to our Chinese friends."')).toEqual([
			{ text: 'hopes to see a cease-fire,', paragraph: 0, group: 1 },
			{ text: 'grateful to our Chinese friends.', paragraph: 0, group: 2 },
		]);
	});

	it('GIVEN single marks ‘…’ among apostrophes THEN only the quotation, never Russia’s or don’t', () => {
		expect(spans('Russia’s leader praised a ‘new era’ of partnership, but critics don’t agree.')).toEqual([{ text: 'new era', paragraph: 0, group: 1 }]);
		expect(spans("The 'new era' isn't here, Russia's critics say.")).toEqual([{ text: 'new era', paragraph: 0, group: 1 }]);
	});

	it('GIVEN a double quotation closed with two single marks (’’) THEN the text up to them, and no apostrophe taken for one', () => {
		expect(spans('“Another snafu has emerged,’’ Earnest said. “It is endemic to the House.’’ Officials don’t agree.')).toEqual([
			{ text: 'Another snafu has emerged,', paragraph: 0, group: 1 },
			{ text: 'It is endemic to the House.', paragraph: 0, group: 2 },
		]);
	});

	it('GIVEN a quotation between doubled straight single marks (\'\'…\'\') THEN the text between them, and no apostrophe taken for one', () => {
		expect(spans("''Met with the Secretary-General. India's ideas help,'' he said in a tweet. Talks were ''useful''.").map((s) => s.text)).toEqual([
			"Met with the Secretary-General. India's ideas help,",
			'useful',
		]);
		expect(spans("The minister's aides' views differ.")).toEqual([]);
	});

	it('GIVEN a plural possessive (the States’ view) THEN no quotation', () => {
		expect(spans('The States’ view differs from Russia’s.')).toEqual([]);
	});

	it('GIVEN a quotation left open at a paragraph end and reopened in the next THEN one quotation over both paragraphs', () => {
		expect(spans('Lavrov said: "We will not back down.', '"The West must listen to us," he added.', '"A new quote," Wang said.')).toEqual([
			{ text: 'We will not back down.', paragraph: 0, group: 1 },
			{ text: 'The West must listen to us,', paragraph: 1, group: 1 },
			{ text: 'A new quote,', paragraph: 2, group: 2 },
		]);
	});

	it('GIVEN a paragraph opened by a single mark and left open, the next opened by one THEN one quotation over both', () => {
		const paragraphs = ['He went on to say: ‘It’s the second time we met.’', '‘We got to talk about the detail. It was good.', '‘However, a gap remains.’'];
		expect(spans(...paragraphs)).toEqual([
			{ text: 'It’s the second time we met.', paragraph: 0, group: 1 },
			{ text: 'We got to talk about the detail. It was good.', paragraph: 1, group: 2 },
			{ text: 'However, a gap remains.', paragraph: 2, group: 2 },
		]);
		// An opening single mark left open before a paragraph that opens with none was an apostrophe.
		expect(spans("'90s music was loud.", 'Critics agreed.')).toEqual([]);
	});

	it('GIVEN three paragraphs of one quotation in curly marks THEN three segments of one group', () => {
		expect(spans('“First part.', '“Second part.', '“Last part,” the minister said.')).toEqual([
			{ text: 'First part.', paragraph: 0, group: 1 },
			{ text: 'Second part.', paragraph: 1, group: 1 },
			{ text: 'Last part,', paragraph: 2, group: 1 },
		]);
	});
});

describe('findQuoteSpans: marks as typed', () => {
	it('GIVEN a doubled opening mark, curly or straight THEN one quotation from the second mark, its words exactly', () => {
		for (const text of ['““We will not back down,” Lavrov said.', '""We will not back down," Lavrov said.']) {
			const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
			expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['We will not back down,']);
		}
	});

	it('GIVEN a closing mark typed where a quotation opens, before a word THEN it opens the quotation', () => {
		const text = '”Beto had so many fans in Texas," she said. He left, ”quietly” some said.';
		const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Beto had so many fans in Texas,', 'quietly']);
	});

	it('GIVEN mistyped marks THEN the words between: a single mark closed by a double one, a stray close after an open', () => {
		expect(spans('‘An outdoor wedding doesn’t generate avoidance behavior,” Friedson said.').map((s) => s.text)).toEqual([
			'An outdoor wedding doesn’t generate avoidance behavior,',
		]);
		expect(spans('Trump called out Biden, writing, “”[W]hat ever happened to that phone call?”').map((s) => s.text)).toEqual([
			'”[W]hat ever happened to that phone call?',
		]);
		// A straight mark after a finished sentence and before a capital opens a new quotation.
		expect(spans('"This is a historic occasion in Zaire. "There are no pre-conditions." He left.').map((s) => s.text)).toEqual([
			'This is a historic occasion in Zaire.',
			'There are no pre-conditions.',
		]);
		// A single quotation inside a double one is not closed by the double mark.
		expect(spans('“He said ‘no way’ to it,” she said.').map((s) => s.text)).toEqual(['He said ‘no way’ to it,']);
	});

	it('GIVEN non-breaking spaces before and after the marks THEN the quotation is found without them', () => {
		const text = 'Lavrov said:\u00a0“We will not back down.”\u00a0Then he left.';
		expect(findQuoteSpans(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end))).toEqual(['We will not back down.']);
	});
});

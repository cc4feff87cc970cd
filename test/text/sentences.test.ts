import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
	it('GIVEN titles such as Mr. and Dr. THEN no break after them', () => {
		expect(sentences('Mr. Smith went to Washington. He met Dr. Jones there.')).toEqual(['Mr. Smith went to Washington.', 'He met Dr. Jones there.']);
		// A delegate's title: "state Del. Robbyn Lewis".
		expect(sentences('“It is time,” state Del. Robbyn Lewis said. Nobody left.')).toEqual(['“It is time,” state Del. Robbyn Lewis said.', 'Nobody left.']);
	});

	it('GIVEN dotted acronyms inside a sentence (U.S., U.K.) THEN no break after them', () => {
		expect(sentences('The U.S. Treasury imposed sanctions. China objected.')).toEqual(['The U.S. Treasury imposed sanctions.', 'China objected.']);
		expect(sentences('The U.S. and the U.K. agreed. Then they left.')).toEqual(['The U.S. and the U.K. agreed.', 'Then they left.']);
	});

	it('GIVEN "Jr." THEN a break only where a capital follows: a suffix ends the name', () => {
		expect(sentences('The detail was not run by Trump Jr. Trump Jr. said nothing. Trump Jr. comments often.')).toEqual([
			'The detail was not run by Trump Jr.',
			'Trump Jr. said nothing.',
			'Trump Jr. comments often.',
		]);
	});

	it('GIVEN several spaces, no-break ones among them, after a full stop THEN a break', () => {
		expect(sentences('He visited from November 8-12, 2022.\u00a0 \u00a0Ali Sabry made visits.')).toEqual([
			'He visited from November 8-12, 2022.',
			'Ali Sabry made visits.',
		]);
	});

	it('GIVEN a quotation closed after its stop and run into the next sentence with no space THEN a break', () => {
		expect(sentences('“These measures are extremely limited.”Trump announced the tariffs. He left.')).toEqual([
			'“These measures are extremely limited.”',
			'Trump announced the tariffs.',
			'He left.',
		]);
		// Not before a lower-case word.
		expect(sentences('He said “no.”then left. She stayed.')).toEqual(['He said “no.”then left.', 'She stayed.']);
	});

	it('GIVEN an initial in a name THEN no break after it', () => {
		expect(sentences('The story is by Ann M. Simmons of the Journal. It ran on page A5.')).toEqual([
			'The story is by Ann M. Simmons of the Journal.',
			'It ran on page A5.',
		]);
	});

	it('GIVEN decimals, times and lower-case continuations THEN no break inside them', () => {
		expect(sentences('It grew by 2.5% in 2023. He left at 5 p.m. on Friday. Nobody knew.')).toEqual([
			'It grew by 2.5% in 2023.',
			'He left at 5 p.m. on Friday.',
			'Nobody knew.',
		]);
	});

	it('GIVEN closing quotation marks after the stop THEN they stay with the sentence; an opening mark starts the next', () => {
		expect(sentences('He said: “It is over.” Then he left. "Are you sure?" she asked. ‘Yes!’')).toEqual([
			'He said: “It is over.”',
			'Then he left.',
			'"Are you sure?" she asked.',
			'‘Yes!’',
		]);
	});

	it('GIVEN a range of the text THEN offsets into the whole text, trimmed', () => {
		const text = 'Intro.\n\nFirst one. Second one.  \n\nOutro.';
		const from = text.indexOf('First');
		const to = text.indexOf('\n\nOutro');
		expect(splitSentences(text, from, to)).toEqual([
			{ start: from, end: from + 'First one.'.length },
			{ start: text.indexOf('Second'), end: text.indexOf('Second') + 'Second one.'.length },
		]);
	});

	it('GIVEN text without end punctuation THEN one sentence', () => {
		expect(sentences('A headline without a stop')).toEqual(['A headline without a stop']);
	});
});

import { describe, expect, it } from 'vitest';
import { build, speech } from './handmade.js';

// Indirect speech is kept as a paraphrase: the reported clause, with who said it.

const statementsOf = (...paragraphs: string[]) => speech(build(paragraphs)).statements;

describe('statementsIn', () => {
	it('GIVEN "X said that …" THEN the clause after "that"', () => {
		expect(statementsOf('Sergei Lavrov said that Moscow was ready to talk with Washington.')).toEqual([
			{ text: 'Moscow was ready to talk with Washington', speaker: 'Sergei Lavrov', cue: 'Sergei Lavrov said' },
		]);
	});

	it('GIVEN "X told reporters on Tuesday that …" THEN the clause, past the object and the adverbial', () => {
		expect(statementsOf('Sergei Lavrov told reporters on Tuesday that the sanctions would fail.')).toEqual([
			{ text: 'the sanctions would fail', speaker: 'Sergei Lavrov', cue: 'Sergei Lavrov told' },
		]);
	});

	it('GIVEN "he lamented the fact that …" and then a paragraph that is all quotation THEN his paraphrase, and the quotation continues him', () => {
		const facts = speech(
			build([
				'Jamil Saadouni, 58, said the appointment was "an internal decision."',
				'He lamented the fact that civilians were not consulted on the choice.',
				'"This has nothing to do with the Palestinian people."',
			]),
		);
		expect(facts.statements).toContainEqual({ text: 'civilians were not consulted on the choice', speaker: 'Jamil Saadouni', cue: 'He lamented' });
		expect(facts.quotes.at(-1)).toEqual({
			text: 'This has nothing to do with the Palestinian people.',
			speaker: 'Jamil Saadouni',
			form: 'continuation',
			cue: null,
		});
	});

	it('GIVEN "According to X, 34, <clause>" THEN the clause, past the age', () => {
		expect(statementsOf('According to Amina Salum, 34, small traders gained confidence in trading later.')).toEqual([
			{ text: 'small traders gained confidence in trading later', speaker: 'Amina Salum', cue: 'According to Amina Salum' },
		]);
	});

	it('GIVEN "…, X said." at the end of a sentence THEN the clause before the cue', () => {
		expect(statementsOf('Sergei Lavrov spoke in Moscow.', 'The sanctions against Russia would fail, Lavrov said.')).toEqual([
			{ text: 'The sanctions against Russia would fail', speaker: 'Sergei Lavrov', cue: 'Lavrov said' },
		]);
	});

	it('GIVEN "…, the State Department said" or "…, the Kremlin said" THEN the organisation or the capital speaking for it', () => {
		expect(
			statementsOf(
				'Chinese Foreign Minister Wang Yi will visit Washington next week, the State Department said on Friday.',
				'Vladimir Putin spoke with Tayyip Erdogan by phone, the Kremlin said.',
			),
		).toEqual([
			{ text: 'Chinese Foreign Minister Wang Yi will visit Washington next week', speaker: 'State Department', cue: 'the State Department said' },
			{ text: 'Vladimir Putin spoke with Tayyip Erdogan by phone', speaker: 'Kremlin', cue: 'the Kremlin said' },
		]);
	});

	it('GIVEN a dateline, a titled speaker after the clause and a time before the verb THEN clean clauses by the right people', () => {
		expect(
			statementsOf(
				'PUTRAJAYA, Nov 22 — Private companies did not pay for the trips, Communications Minister Fahmi Fadzil said today.',
				'Swedish Prime Minister Ulf Kristersson on Monday admitted he was concerned about the leaks.',
			),
		).toEqual([
			{ text: 'Private companies did not pay for the trips', speaker: 'Fahmi Fadzil', cue: 'Communications Minister Fahmi Fadzil said' },
			{ text: 'he was concerned about the leaks', speaker: 'Ulf Kristersson', cue: 'Ulf Kristersson on Monday admitted' },
		]);
	});

	it('GIVEN present-tense verbs, a participle after a comma, "in an email", a bare weekday and "that," THEN each clause', () => {
		expect(
			statementsOf(
				'Municipal economist Jeremiah Mbelu reveals that the council agreed to install 155 poles.',
				'Jon Tester publicly supported the pipeline, saying it would have yielded big benefits for Montana.',
				'Spokesperson Jeffrey MacDonald said in an email the cost came to about $58,000.',
				'Shigeru Ishiba indicated Saturday that he would leave the matter to the party.',
				'Judge John Smith said today’s ruling would close the plant.',
				'Governor Greg Gianforte indicated he would sign the bill.',
				'Ambassador Ammar Hijazi told the court on Monday, 28 April, that Gaza was starving.',
				'Bob Enslin explained it to me in an interview.',
				'Nikki Haley has said that, if she were elected, she would pardon her predecessor.',
			).map((s) => [s.speaker, s.text]),
		).toEqual([
			['Jeremiah Mbelu', 'the council agreed to install 155 poles'],
			['Jon Tester', 'it would have yielded big benefits for Montana'],
			['Jeffrey MacDonald', 'the cost came to about $58,000'],
			['Shigeru Ishiba', 'he would leave the matter to the party'],
			['John Smith', 'today’s ruling would close the plant'],
			['Greg Gianforte', 'he would sign the bill'],
			['Ammar Hijazi', 'Gaza was starving'],
			['Nikki Haley', 'if she were elected, she would pardon her predecessor'],
		]);
	});

	it('GIVEN "representatives for X defended Y\'s decision, saying …" THEN not Y, whose decision it is', () => {
		expect(
			statementsOf(
				'Representatives for the US defended Israel’s decision to ban operations in its ' +
					'territories, saying the country’s security needs overrule its obligations.',
			),
		).toEqual([]);
		expect(statementsOf('Donald Trump attacked Joe Biden, saying he was too weak to lead.').map((s) => s.speaker)).toEqual(['Donald Trump']);
		expect(statementsOf('Victims of Harvey Weinstein said he should never be released.')).toEqual([]);
	});

	it('GIVEN what follows "said" is a time, a place, a conjunction, a participle or punctuation THEN no clause; "Others reported" names nobody', () => {
		expect(
			statementsOf(
				'Tim Cook said Tuesday in a fireside chat with Marc Benioff that he was proud.',
				'Cook said while visiting the conference in San Francisco.',
				'Kevin Mayer said, but instead the software was patched later.',
				'Cam Heyward said via Brian Batko of the Post-Gazette.',
				'Others reported being abruptly logged off the service.',
			).map((s) => [s.speaker, s.text]),
		).toEqual([['Tim Cook', 'he was proud']]);
	});

	it('GIVEN a told object that runs into another clause, an apposition holding "and", or "found it hard" THEN no statement by that person', () => {
		const speakers = statementsOf(
			'Donald Trump told reporters on Monday he was confident, and Nancy Pelosi said that the votes were there.',
			'Police arrested John Smith, a 45-year-old teacher from Leeds, and his wife said the family was shocked.',
			'Mary Smith found it hard to sleep after the attack.',
		).map((s) => [s.speaker, s.text]);
		expect(speakers).not.toContainEqual(['Donald Trump', 'the votes were there']);
		expect(speakers.map(([speaker]) => speaker)).not.toContain('John Smith');
		expect(speakers.map(([speaker]) => speaker)).not.toContain('Mary Smith');
	});

	it('GIVEN officials in a capital THEN the capital is where they are, not who speaks', () => {
		expect(statementsOf('The deal is off, officials in Beijing said.')).toEqual([]);
	});

	it('GIVEN "X called Y a dictator and said …" THEN the coordinated verb shares the subject', () => {
		expect(statementsOf('Joe Biden called Xi Jinping a dictator and said Putin was a killer.')).toEqual([
			{ text: 'Putin was a killer', speaker: 'Joe Biden', cue: 'Joe Biden called Xi Jinping a dictator and said' },
		]);
	});

	it('GIVEN a generic source ("officials said") THEN no statement, since nobody is named', () => {
		expect(statementsOf('Officials said that the talks would resume soon.')).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { PARTY_PASSES } from '../../src/extract/passes.js';
import { build } from './handmade.js';

// Each party pass with its own table of example sentences: the meeting of the last paragraph whose parties the pass
// decided, and who they are. The passes are tried in the order of PARTY_PASSES in src/extract/passes.ts; a row shows
// the first one that decides.

type Row = [paragraphs: string[], published: string, parties: string[]];

/** The parties of each meeting told in the last paragraph, with the rule that decided them. */
function partiesOf(paragraphs: string[], published: string): [string[], string][] {
	const facts = build(paragraphs, published);
	const name = (key: string) => facts.entities.find((e) => e.key === key)?.name ?? key;
	const last = paragraphs.slice(0, -1).reduce((at, p) => at + p.length + 2, 0);
	return facts.meetings
		.filter((m) => m.span.start >= last)
		.map((m) => [[...m.participants.map(name), ...(m.counterpart ? [m.counterpart.text] : [])], m.why.participants.rule]);
}

const PARTY_TABLE: Record<string, Row[]> = {
	'speaker-before-legislature': [
		[['Finance Minister Enoch Godongwana tabled the budget in parliament on Wednesday.'], '2025-03-14', ['Enoch Godongwana', 'parliament']],
	],
	'broker-takes-no-part': [
		[
			['Emir Tamim bin Hamad Al Thani brokered the talks between Benjamin Netanyahu and Yahya Sinwar on Monday.'],
			'2024-04-10',
			['Benjamin Netanyahu', 'Yahya Sinwar'],
		],
	],
	'possessor-of-word': [[['John Kerry’s visit to Japan comes as Pyongyang ramps up its rhetoric.'], '2024-04-10', ['John Kerry']]],
	'people-after-between': [
		[['Pence spoke ahead of the June 12 summit in Singapore between Donald Trump and Kim Jong Un.'], '2018-05-20', ['Donald Trump', 'Kim Jong Un']],
	],
	'name-before-apposition-of-noun': [
		[
			['Charlie Dent, a moderate Republican from Pennsylvania, put in a call to Kevin McCarthy on Friday.'],
			'2018-05-20',
			['Charlie Dent', 'Kevin McCarthy'],
		],
	],
	'people-around-noun': [[['Emmanuel Macron wants a telephone conversation with Vladimir Putin.'], '2024-04-10', ['Emmanuel Macron', 'Vladimir Putin']]],
	'subject-in-clause': [[['Sergei Lavrov met Wang Yi in Beijing on Tuesday.'], '2024-04-10', ['Sergei Lavrov', 'Wang Yi']]],
	'unnamed-group-subject': [[['The Bangladesh government has signed two framework agreements with the World Bank.'], '2024-04-10', ['World Bank']]],
	'teller-says-he': [[['Volodymyr Zelenskyy said he had spoken with Donald Trump on Friday.'], '2024-04-10', ['Volodymyr Zelenskyy', 'Donald Trump']]],
	'antecedent-of-who': [
		[
			['Investigators examined the phone of Erik Prince, who met with Kirill Dmitriev in the Seychelles.'],
			'2024-04-10',
			['Erik Prince', 'Kirill Dmitriev'],
		],
	],
	'pronoun-subject': [
		[
			['Wang Yi arrived in Moscow on Monday.', 'He is due to meet Vladimir Putin on Tuesday.'],
			'2024-04-08',
			['Wang Yi', 'Vladimir Putin'],
		],
	],
	'pronoun-for-title-before': [
		[
			['Maria Zakharova spoke on Sunday.', 'The Iranian foreign minister, Abbas Araghchi, arrived in Vienna on Monday, and he met Rafael Grossi.'],
			'2024-04-10',
			['Abbas Araghchi', 'Rafael Grossi'],
		],
	],
	'name-before-apposition': [
		[
			['Gunnar Strömmer, Sweden’s Minister of Justice, will meet with Kristina Persson on Tuesday.'],
			'2024-04-10',
			['Gunnar Strömmer', 'Kristina Persson'],
		],
	],
	'people-before-verb': [
		[
			['Sweden’s Minister of Justice, Gunnar Strömmer, will meet with Kristina Persson on Tuesday.'],
			'2024-04-10',
			['Gunnar Strömmer', 'Kristina Persson'],
		],
	],
	'body-by-its-noun': [
		[
			['The Election Commission is independent.', 'Following tradition, the commission will meet President Mohammed Shahabuddin at Bangabhaban today.'],
			'2024-04-10',
			['Election Commission', 'Mohammed Shahabuddin'],
		],
	],
	'it-for-body': [
		[
			['The Election Commission will meet President Mohammed Shahabuddin today.', 'It also met Chief Justice Syed Refaat Ahmed last week.'],
			'2024-04-10',
			['Election Commission', 'Syed Refaat Ahmed'],
		],
	],
	'sentence-opener': [[['India and Sri Lanka signed an agreement on energy on Monday.'], '2024-04-10', ['India', 'Sri Lanka']]],
};

describe('party passes', () => {
	it('GIVEN the pass list THEN every pass has its table of examples', () => {
		expect(Object.keys(PARTY_TABLE).sort()).toEqual(PARTY_PASSES.map((p) => p.id).sort());
	});

	describe.each(Object.entries(PARTY_TABLE))('%s', (id, rows) => {
		it.each(rows)('GIVEN %j THEN that pass decides the parties', (paragraphs, published, parties) => {
			expect(partiesOf(paragraphs, published)).toContainEqual([parties, `parties.${id}`]);
		});
	});
});

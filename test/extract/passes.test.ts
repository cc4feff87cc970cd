import { describe, expect, it } from 'vitest';
import { ArticleIndex, Discourse } from '../../src/extract/discourse.js';
import { findEntities } from '../../src/extract/entities.js';
import { QUOTE_PASSES, STATEMENT_PASSES, SUBJECT_BEFORE_PASSES } from '../../src/extract/passes.js';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';
import { Cues } from '../../src/extract/speakers.js';
import { inside } from '../../src/text/ranges.js';
import { buildFacts } from '../../src/extract/build.js';
import { articleOf, build } from './handmade.js';

// Each attribution pass with its own table of example sentences: which pass decides, and for whom. The passes are
// tried in the order of src/extract/passes.ts; a row shows the first one that decides.

const nameOf = (facts: ReturnType<typeof build>, key: string | null) => (key ? (facts.entities.find((e) => e.key === key)?.name ?? key) : null);

/** Which subject pass decides for the verb `verb` (its first occurrence in the text), and the subject's name. */
function subjectOf(text: string, verb: string): { rule: string | null; speaker: string | null } {
	const names = findEntities(text);
	const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]);
	const index = new ArticleIndex(
		text,
		names,
		() => 0,
		(offset) => inside(spans, offset),
	);
	const cues = new Cues(index, new Discourse(index));
	const v = names.tokens.findIndex((t) => t.text === verb);
	if (v < 0) throw new Error(`no "${verb}" in the example`);
	const { rule, subject } = cues.subjectDecision(v, 0);
	return { rule, speaker: subject?.name ?? null };
}

/** The rule and speaker of each quotation in a handmade article. */
function quoteRules(...paragraphs: string[]) {
	const facts = build(paragraphs);
	return facts.quotes.map((q) => ({ rule: q.rule, speaker: nameOf(facts, q.speaker) }));
}

/** The rule and speaker of each statement in a handmade article. */
function statementRules(...paragraphs: string[]) {
	const facts = build(paragraphs);
	return facts.statements.map((s) => ({ rule: s.rule, speaker: nameOf(facts, s.speaker) }));
}

type Row = [example: string, verb: string, speaker: string | null];

const SUBJECT_TABLE: Record<string, Row[]> = {
	'quoted-as-saying': [
		['Vladimir Putin was quoted by the news agency Interfax as saying the talks went well.', 'saying', 'Vladimir Putin'],
		['Vladimir Putin was quoted as saying the talks went well.', 'saying', 'Vladimir Putin'],
		['Reuters quoted Vladimir Putin as saying the talks went well.', 'saying', 'Vladimir Putin'],
	],
	'passive-agent': [
		['The talks (characterized here by the Washington Post as “a burst of diplomacy”) went on.', 'characterized', 'Washington Post'],
		['The plan was described by Sergei Lavrov as a trap.', 'described', 'Sergei Lavrov'],
	],
	'passive-hearer': [
		['Kathleen Wilder was told she was being dropped from the course.', 'told', null],
		['Senator Jane Roe was repeatedly asked about the plan.', 'asked', null],
	],
	'according-looks-ahead': [['President Donald Trump, according to the White House, made a trip.', 'according', null]],
	'possessive-noun': [
		['Twitter demurred on removing Donald Trump’s tweets in a statement.', 'tweets', null],
		['The senator repeated his remarks on Monday.', 'remarks', null],
		// One word the subject search skips between the possessive and the noun.
		['Barack Obama won. The Obama administration’s first comments came with a warning.', 'comments', null],
	],
	'participle-after-comma': [['Police arrested John Smith on Monday, saying he had fled.', 'saying', null]],
	'nothing-before': [['Said the minister: we will stay.', 'Said', null]],
	'name-before-comma': [
		['Ananta Bijoy Das, a 33-year-old blogger, said the police knew.', 'said', 'Ananta Bijoy Das'],
		// A name inside a participle's apposition is not the subject.
		['Tom Jones, speaking alongside Anna Berg, said the talks went well.', 'said', 'Tom Jones'],
		// A name after a preposition is its object: the subject is the name before the apposition.
		[
			'Chris Christie, a longtime backer, mounted a campaign against the deference to Donald Trump, identified him as a crime wave.',
			'identified',
			'Chris Christie',
		],
		['Louise Brown, Director of the Swedish agency, Advisense, compared the leaks to a flood.', 'compared', 'Louise Brown'],
	],
	'punctuation-between': [['The vote is not over; said nothing more.', 'said', null]],
	infinitive: [['The polls led Chris Christie to suggest a new approach.', 'suggest', 'Chris Christie']],
	'unclosed-apposition': [
		['Brian Gianforte, a 32-year-old member of the local LGBTQ+ community said the bill was cruel.', 'said', 'Brian Gianforte'],
		// A body after "from" is where the person works, not the subject.
		['Mary Hudson, an international relations expert from the University of Leeds told the paper the pact would hold.', 'told', 'Mary Hudson'],
	],
	'group-of-name': [
		['Victims of Harvey Weinstein said the verdict was a relief.', 'said', null],
		// Someone speaking for a person is not that person.
		['Tom Jones won. A spokesman for Jones said no decision had been made.', 'said', null],
	],
	'person-of-firm': [['David Watt of Rosenberg Research said the data were weak.', 'said', 'David Watt']],
	'spokesperson-for': [
		['A spokesperson for Chevron said the company welcomed the licences.', 'said', 'Chevron'],
		// The one spokesman the article names later is the one who spoke.
		[
			'A spokesman for the Colorado Department of Public Health said cases rose.\n\nThe spokesman, Ian Dickson, said the rise was small.',
			'said',
			'Ian Dickson',
		],
	],
	'body-spokesperson': [
		['Reached for comment, a Chevron spokesperson said the company had acted.', 'said', 'Chevron'],
		// "the spokesperson" after one introduced as speaking for a body, when the story names no spokesperson.
		['Reached for comment, a Chevron spokesperson said the company had acted. “Safety comes first,” the spokesperson said.', 'said', 'Chevron'],
	],
	'country-in-phrase': [['China’s ambassador to Britain accused the UK of meddling.', 'accused', null]],
	'object-before-name': [
		['Critics focused on the things Donald Trump articulated on the tape, not her plans to allow “600 million people” in.', 'articulated', null],
		['Reporters asked about the claims Jane Doe made in court.', 'made', null],
	],
	name: [
		['Sergei Lavrov said the talks went well.', 'said', 'Sergei Lavrov'],
		['Sergei Lavrov on Monday also said the talks went well.', 'said', 'Sergei Lavrov'],
		['Senator Chuck Schumer (D-N.Y.) said on Twitter the arrests were wrong.', 'said', 'Chuck Schumer'],
		['Jane Doe (34) said the flat was cold.', 'said', 'Jane Doe'],
		// A modal verb stands between the subject and the verb: "Graham can say".
		['Statesmen such as Sen. Lindsey Graham (R-S.C.) can say with a straight face that war is worth it.', 'say', 'Lindsey Graham'],
	],
	'document-owner': [
		[
			'The Netherlands Organisation for Applied Scientific Research’s report said the tank fired.',
			'said',
			'Netherlands Organisation for Applied Scientific Research',
		],
		// A body's name right before its document; a role's word written with a capital there names a publication.
		['A December 6 Economist article said the embargo “has not just failed.”', 'said', 'Economist'],
		['The earlier KCNA report said the drills were a provocation.', 'said', 'KCNA'],
		// "the report" after a body reported something: what that body wrote.
		['CNBC reported, citing sources, that Comey felt it. The report said “government insiders are perplexed” over why.', 'said', 'CNBC'],
		// "the police report", paragraphs after the story's one report so called: its author, whose name carries "police".
		[
			'Officers found him, according to a Miami Beach Police Department report.\n\nHe left.\n\nHe came back.\n\nThe police report says he was fine.',
			'says',
			'Miami Beach Police Department',
		],
	],
	pronoun: [['Sergei Lavrov spoke in Moscow. He said the talks went well.', 'said', 'Sergei Lavrov']],
	'it-main-subject': [
		[
			'Just last month, responding to what it called a “tree mortality crisis” caused by the drought, PG&E began flying helicopters.',
			'called',
			'PG&E',
		],
	],
	'relative-pronoun': [['Members of the Palestinian Dialogue Group, which says it is independent, met on Monday.', 'says', 'Palestinian Dialogue Group']],
	'group-body': [['Lawmakers on the House Select Committee sent a letter. The lawmakers wrote that it had failed.', 'wrote', 'House Select Committee']],
	'they-spokesperson': [
		['Kym Lino, a spokesperson for Instagram, confirmed the change. “We use a model,” they said in an email.', 'said', 'Kym Lino'],
		['Ann Lee, the company’s spokeswoman, declined to name the firm. “It is a partner,” they said.', 'said', 'Ann Lee'],
	],
	'generic-source': [
		['Officials said the border would stay closed.', 'said', null],
		// The people a study asked are no one named: "Participants noted how they voted".
		['Paul Maher ran three studies. Participants noted how they voted in the referendum.', 'noted', null],
		// Two people in the paragraph, or one not introduced as a spokesperson: "they" is a group the article does not name.
		['Kym Lino, a spokesperson for Instagram, met Ann Lee. “We use a model,” they said.', 'said', null],
		['Kym Lino, a farmer in Ohio, met the inspectors. “We use a model,” they said.', 'said', null],
		// "the report" when two bodies issued one, before the paragraph before: neither.
		[
			'The ministry issued a report on Monday. Officers found him, according to a ' +
				'police report.\n\nHe left.\n\nHe came back.\n\nThe report says he was fine.',
			'says',
			null,
		],
	],
	epithet: [
		['House Republican Leader Jim Durkin issued a statement.\n\n“I expect a quick appeal,” the Western Springs Republican said.', 'said', 'Jim Durkin'],
		['Jose Mourinho was appointed on Wednesday. The 56-year-old said he was excited.', 'said', 'Jose Mourinho'],
		['Jim Durkin met Mike Madigan.\n\n“I expect a quick appeal,” the Western Springs Republican said.', 'said', null],
	],
	title: [
		['Kremlin spokesman Dmitry Peskov spoke on Monday. The spokesman said the visit was planned.', 'said', 'Dmitry Peskov'],
		['A spokesman said the visit was planned.', 'said', null],
		['John Durham met officials in Rome. A person familiar with the matter told the Post the trip was planned.', 'told', null],
		// A role written as capitals is the title it stands for: "the CM" is the chief minister, not the prime minister.
		['Punjab Chief Minister Maryam Nawaz spoke. Prime Minister Shehbaz Sharif left. The CM said aid was late.', 'said', 'Maryam Nawaz'],
		['Prime Minister Shehbaz Sharif left. Chief Minister Murad Ali Shah spoke. The PM said aid was late.', 'said', 'Shehbaz Sharif'],
		// An owner the person has no tie to: another's scientist, not the one the story named.
		['Xin Xu, a materials scientist, studied albedo. A U.N. report came out. The organization’s chief scientist said the risk was real.', 'said', null],
		['Kremlin spokesman Dmitry Peskov spoke on Monday. The Kremlin’s spokesman said the visit was planned.', 'said', 'Dmitry Peskov'],
		// An owned body's word is not another body carrying it.
		['The leaders met in the Oval Office. The U.S. Trade Representative’s office said the barriers were old.', 'said', null],
		// "the appeals court" among several courts: the one whose name carries "appeal" too; "ruled" reports a court's words.
		[
			'The 5th District Court of Appeal and the Florida Supreme Court heard the case.\n\nThe appeals court ruled that the plea stood.',
			'ruled',
			'5th District Court of Appeal',
		],
		// A kind of body no name carries: the one body named nearby by a bare name; none when two are.
		['Licenses went to BP, Chevron, Eni, Repsol and Shell.\n\nPrices rose.\n\nEni is studying them, the Italian company told AFP.', 'told', 'Eni'],
		['Licenses went to BP, Chevron, Eni, Repsol and Shell.\n\nChevron, Eni, and others are studying them, the company told AFP.', 'told', null],
		// "the newspaper": the body the story set after that word.
		['The state newspaper Rodong Sinmun published an editorial. The newspaper demanded an apology.', 'demanded', 'Rodong Sinmun'],
		// "the company" refers back to a company: the one called "… Company", unless named before the paragraph before and
		// another body named since.
		['Ann Lee runs the Dana Besecker Company. The Kroger Group sells halibut. The company said the price was low.', 'said', 'Dana Besecker Company'],
		['Ann Lee runs the Dana Besecker Company.\n\nThe Kroger Group sells halibut.\n\nThe company said the price was low.', 'said', null],
	],
};

describe('subject passes: the subject written before a verb of saying', () => {
	it('GIVEN the ordered list THEN every pass has its table of examples, and each table only passes of the list', () => {
		// "It argued" and "they wrote" need the sentences before them: their examples run through the driver, below.
		const tabled = new Set([...Object.keys(SUBJECT_TABLE), 'it-opener', 'they-group', 'first-person-writer']);
		expect(SUBJECT_BEFORE_PASSES.map((p) => p.id).filter((id) => !tabled.has(id))).toEqual([]);
		expect([...tabled].filter((id) => !SUBJECT_BEFORE_PASSES.some((p) => p.id === id))).toEqual([]);
	});

	for (const [rule, rows] of Object.entries(SUBJECT_TABLE)) {
		it.each(rows)(`GIVEN %s (verb "%s") THEN ${rule} decides, for %s`, (example, verb, speaker) => {
			expect(subjectOf(example, verb)).toEqual({ rule, speaker });
		});
	}

	it('GIVEN a sentence opening with a country, then "It argued that …" THEN it-opener: that country', () => {
		expect(statementRules('Israel did not appear at the hearings.', 'It argued that the case against it was baseless.')).toEqual([
			{ rule: 'verb-then-clause/it-opener', speaker: 'Israel' },
		]);
	});

	it('GIVEN a sentence opening with a body, then "It has labeled … a “…”" THEN it-opener: naming a thing says so too', () => {
		const pge = 'PG&E acknowledges there were troubles with its equipment, but says blaming it would be “highly speculative.”';
		expect(quoteRules(pge + ' It has labeled the conditions in the first hours of the fires a “historic wind event.”').at(-1)).toEqual({
			rule: 'speaker-before/it-opener',
			speaker: 'PG&E',
		});
	});

	// "I said" needs the story's author: its examples run through the driver with one.
	const writtenBy = (authors: string[], ...paragraphs: string[]) => {
		const facts = buildFacts([{ ...articleOf(paragraphs), authors }], 'handmade');
		return facts.quotes.map((q) => ({ rule: q.rule, speaker: nameOf(facts, q.speaker) }));
	};
	const bio = 'Anna Berg is a former teacher.';
	it.each([
		[['Anna Berg'], ['On one occasion, I said to them: “You are here to learn.”', bio], 'speaker-before/first-person-writer', 'Anna Berg'],
		[['Anna Berg'], ['One teacher phoned me about it. “I don’t care about that,” I replied.', bio], 'speaker-after/first-person-writer', 'Anna Berg'],
		// No author, or one the story does not name: "I" is nobody the article makes clear.
		[[], ['One teacher phoned me about it. “I don’t care about that,” I replied.', bio], 'unnamed-after/generic-source', null],
		[['Tom Jones'], ['One teacher phoned me about it. “I don’t care about that,” I replied.', bio], 'unnamed-after/generic-source', null],
		// The writer telling of asking someone: the answer after it is not the writer's.
		[['Anna Berg'], ['Appalled, I asked a teacher why. She was shocked at the question: we must teach “books the kids can relate to.”', bio], 'none', null],
	])('GIVEN a story by %j: %j THEN %s, for %s', (authors, paragraphs, rule, speaker) => {
		expect(writtenBy(authors, ...paragraphs)).toEqual([{ rule, speaker }]);
	});

	it('GIVEN "the lawmakers wrote" and then "they wrote" THEN they-group: the body the group spoke for', () => {
		const lawmakers = 'Lawmakers on the House Select Committee sent a letter to the firm.';
		const they = '“The company has failed to protect its users from harm,” they wrote.';
		expect(statementRules(lawmakers, 'The lawmakers wrote that the firm had failed its users for years.', they)).toEqual([
			{ rule: 'verb-then-clause/group-body', speaker: 'House Select Committee' },
		]);
		expect(quoteRules(lawmakers, 'The lawmakers wrote that the firm had failed its users for years.', they)).toEqual([
			{ rule: 'body-after/they-group', speaker: 'House Select Committee' },
		]);
	});
});

const LAVROV = 'Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow.';
const QUOTE_TABLE: Record<string, [paragraphs: string[], rules: { rule: string; speaker: string | null }[]][]> = {
	'speaker-after': [
		[[LAVROV, '"We will not back down from our position," Lavrov said.'], [{ rule: 'speaker-after/name', speaker: 'Sergei Lavrov' }]],
		// "he" after a new paragraph that names one person in a sentence before it: that person, not the last speaker.
		[
			[
				'“Without California, he would have won,” David Frum said.',
				'It is a reality not lost on Marcus Ruiz Evans, a backer of the plan. “We are seen as weird,” he admitted.',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'David Frum' },
				{ rule: 'speaker-after/pronoun', speaker: 'Marcus Ruiz Evans' },
			],
		],
		// "his letter explained": the document speaks for the one "his" stands for.
		[
			[
				'Frederick Douglass wrote to the newspaper in 1876.',
				'“The mere act of breaking the chains was the act of Abraham Lincoln,” his letter explained. But suffrage came later, “and this is ' +
					'nowhere seen in the monument.”',
			],
			[
				{ rule: 'speaker-after/document-owner', speaker: 'Frederick Douglass' },
				{ rule: 'same-paragraph', speaker: 'Frederick Douglass' },
			],
		],
		// Who answers a question is not who asked it: "she countered" after his question is someone else.
		[
			[
				'Zephyr Berger interviewed Kai Hensley, who said, "You want a comment on that?"',
				'"We have covered that story as well," she countered.',
			],
			[
				{ rule: 'speaker-before/relative-pronoun', speaker: 'Kai Hensley' },
				{ rule: 'speaker-after/pronoun', speaker: 'Zephyr Berger' },
			],
		],
		[[LAVROV, '"We will not back down from our position," he said.'], [{ rule: 'speaker-after/pronoun', speaker: 'Sergei Lavrov' }]],
		// "the diplomat" is the one person introduced, not a source the story does not name ("a diplomat said").
		[[LAVROV, '"Work on the position is ongoing," the diplomat said.'], [{ rule: 'speaker-after/title', speaker: 'Sergei Lavrov' }]],
		// "the official" after "One U.S. defense official" spoke: that unnamed official, not the person named before.
		[
			[
				'Luke Somers, a photojournalist, said he was fine.',
				'One U.S. defense official said a raid was unlikely.',
				'"Were they arrested or held?" the official said.',
			],
			[{ rule: 'unnamed-after/title', speaker: null }],
		],
		[
			['Sergei Lavrov met Antony Blinken.', '"Work on the position is ongoing," a diplomat said.'],
			[{ rule: 'unnamed-after/generic-source', speaker: null }],
		],
		[[LAVROV, '"We will not back down from our position," said Lavrov.'], [{ rule: 'speaker-after/name-after', speaker: 'Sergei Lavrov' }]],
		// A question closing the quotation, then its cue and a clause of the reporter's own after a comma.
		[
			[LAVROV, '"We ask everyone, \'Are you feeling sick?\'" Lavrov says, noting that the team can also test people for the virus.'],
			[{ rule: 'speaker-after/name', speaker: 'Sergei Lavrov' }],
		],
		// A name after a preposition, an article and a title opens no sentence: "he" is still the one who spoke.
		[
			[
				'Kevin McCarthy spoke.',
				'In February, when many Republicans were dismissing Trump’s candidacy, McCarthy went on television and said he thought Trump had a ' +
					'good chance of winning. The specter of a President Donald Trump — still a punch line at that stage — didn’t seem to rattle ' +
					'McCarthy, not in public at least. “Oh yeah, I think I could work with Donald Trump,” he said.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Kevin McCarthy' }],
		],
		// After the verb, a role set off by a comma before the name, and a portfolio's small words.
		[
			['“I have zero tolerance for fake news,” said senior investigative journalist, Umar Cheema, terming it a “third class” law.'],
			[{ rule: 'speaker-after/title-then-name', speaker: 'Umar Cheema' }],
		],
		[
			['“I fail to understand the uproar,” said Minister for Information and Broadcasting Attaullah Tarar.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Attaullah Tarar' }],
		],
		// A name after the verb of a sentence that opens with "he" is its object, not whom the next "he" means.
		[
			[
				'PPP Chairman Bilawal Bhutto-Zardari said the floods were historic.',
				'He appreciated the federal government and Prime Minister Shehbaz Sharif for following through on his requests.',
				'“Our effort is to support the wheat crop,” he said.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Bilawal Bhutto-Zardari' }],
		],
		// The one person named since the last speaker is whom "he" means; not one named only as an owner.
		[
			[
				'Justice Anthony Kennedy wrote the opinion. “The hostility was inconsistent,” he said.',
				'That language mirrors the Constitution, said attorney Steven Liedel, legal counsel for the committee. "It clarifies the law," he said.',
			],
			[
				{ rule: 'speaker-after/pronoun', speaker: 'Anthony Kennedy' },
				{ rule: 'speaker-after/pronoun', speaker: 'Steven Liedel' },
			],
		],
		[
			// (the second quotation is left to no one: neither Kennedy, a paragraph back, nor Xi)
			[
				'Justice Anthony Kennedy wrote the opinion. “The hostility was inconsistent,” he said.',
				'President Xi Jinping’s philosophy of “win-win cooperation,” he said, offers hope.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Anthony Kennedy' }],
		],
		// The agent of a passive verb of saying speaks too, though the paragraph speaks of the last speaker as "his".
		[
			[
				'“We are prepared to turn to other options,” Antony Blinken said.',
				'His comments were echoed by Mr Yair Lapid.',
				'“Other options are going to be on the table,” he said.',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'Antony Blinken' },
				{ rule: 'speaker-after/pronoun', speaker: 'Yair Lapid' },
			],
		],
		// Only someone named as the subject of a verb stands in for "he": not "drafted by Mike Jones".
		[
			['“We will fight this,” said Senator John Smith.', 'The measure was drafted by Mike Jones, a lobbyist, last year.', '“It is a bad bill,” he said.'],
			[
				{ rule: 'speaker-after/name-after', speaker: 'John Smith' },
				{ rule: 'unnamed-after/pronoun', speaker: null },
			],
		],
		// A name qualifying a noun after "a" is no subject: "…, and a Clinton surrogate who …, on Friday, said".
		[
			[
				'Hillary Clinton campaigned.',
				'John Fetterman, mayor of Braddock, Pennsylvania, and a Clinton surrogate who was about to introduce former President Bill Clinton ' +
					'to a crowd in Reading, Pennsylvania, on Friday, said he hadn’t gotten any “panicked calls from the campaign.”',
			],
			[{ rule: 'speaker-before/coordinated-subject', speaker: 'John Fetterman' }],
		],
		// "an ad from Trump called “…”" names a thing: Trump says nothing; "The spokesperson said" is the cue.
		[
			[
				'CNN rejected an ad from Donald Trump.',
				'The spokesperson said they accepted an ad from Trump called “Changing Things” because “it meets our standards.”',
			],
			[{ rule: 'speaker-before/title', speaker: null }],
		],
		// A weekday alone between the name and its verb: "Gov. Pat McCrory Sunday called".
		[
			['Gov. Pat McCrory Sunday called the firebombing “an attack on our democracy,” while one official called it terrorism.'],
			[{ rule: 'speaker-before/name', speaker: 'Pat McCrory' }],
		],
		// A thing that said something ("the graffiti that said") is no one "he" may mean.
		[
			[
				'Dallas Woodhouse, the party director, spoke on Sunday.',
				'Woodhouse also mentioned the graffiti that said “Nazi Republicans leave town or else.”',
				'“Or else what? That is what we all wonder,” he said.',
			],
			[
				{ rule: 'speaker-before/generic-source', speaker: null },
				{ rule: 'speaker-after/pronoun', speaker: 'Dallas Woodhouse' },
			],
		],
		// A given name alone that the story says a person goes by: "A witness, only identified as Christine,".
		[
			[
				'Stephen Paddock opened fire.',
				'A witness, only identified as Christine, describes the horrifying moment:',
				'"We saw Jason run off stage," she said.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Christine' }],
		],
		// So is a given name set off by an apposition whose head is a person's noun; a given name the story only writes alone
		// shows the person's gender ("Vanessa": a "she"). And a "he" no one named says nothing of a "she" after him.
		[
			[
				'The encampment sits on Sutter Avenue.',
				'Vanessa, a heavily mascaraed trans woman, came from Denver a year ago because “everyone comes here,” she says.',
				'A bike patrol officer approaches an encampment. Doris, a short homeless woman, asks for a few more minutes to sleep. ' +
					'“You try to help, but people refuse,” he says. As Doris stuffs comforters into a bin, she observes: “I’m going to be honest.”',
			],
			[
				{ rule: 'speaker-after/pronoun', speaker: 'Vanessa' },
				{ rule: 'unnamed-after/pronoun', speaker: null },
				{ rule: 'speaker-before/pronoun', speaker: 'Doris' },
			],
		],
		// Someone a sentence introduces by name ("a wizened 50-year-old named Jeff slumps") opens it, for a "he" after it.
		[
			[
				'“Everyone’s on drugs here,” Shaku explains.',
				'Shaku’s assessment is widely shared. On Sutter Avenue, a wizened man named Jeff slumps over his coffee cup. ' +
					'“I use drugs, alcohol, all of it,” he tells me.',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'Shaku' },
				{ rule: 'speaker-after/pronoun', speaker: 'Jeff' },
			],
		],
		// So is one after a person's noun and "named": "A dapper man named Ralph".
		[
			[
				'Shaku lives across from the church.',
				'A dapper man named Ralph has appointed himself the cleaner of the block. “They’re not interested in doing anything for themselves,” he says.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Ralph' }],
		],
		// A participle after a clause of time set off by commas has that clause's subject.
		[
			[
				'Megyn Kelly met Newt Gingrich.',
				'"Me?" Kelly countered, before Gingrich doubled down, saying, "That\'s what I get out of watching you tonight."',
			],
			[{ rule: 'speaker-before/participle-subject', speaker: 'Newt Gingrich' }],
		],
		// Without the comma, when the clause of time ends with a verb of speaking the participle goes on with.
		[
			[
				'Anna Berger met Paul Hensley.',
				'Berger barely made her point before Hensley once again interrupted, saying, "You want a comment on that?"',
			],
			[{ rule: 'speaker-before/participle-subject', speaker: 'Paul Hensley' }],
		],
		// A role with a prefix, and roles joined by "and", before the name after the verb.
		[
			['"We don\'t want fascism in America," said counter-protester Mave Bowman, who lives in Los Angeles.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Mave Bowman' }],
		],
		[
			['"Without California, Trump would have won the popular vote," tweeted conservative pundit and Trump critic David Frum.'],
			[{ rule: 'speaker-after/name-after', speaker: 'David Frum' }],
		],
		// "who" after an apposition is the person's, not the body the apposition names.
		[
			[
				'They had the support of Delegate Eleanor Holmes Norton, the District’s sole representative in Congress, ' +
					'who announced her intention to have the statue “placed in a museum for good.”',
			],
			[{ rule: 'speaker-before/relative-pronoun', speaker: 'Eleanor Holmes Norton' }],
		],
		// A name after "at former Vice President" in an opening phrase is its object; "she" is the subject after it.
		[
			[
				'Hillary Clinton spoke on Thursday.',
				'And poking fun at former Vice President Al Gore, Clinton praised American ingenuity. “Yes, we did invent the Internet,” she said.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Hillary Clinton' }],
		],
		// "X of Lady Antebellum tweeted": the person before "of", not the band named like a person.
		[
			['Charles Kelley of Lady Antebellum tweeted that he was, "Praying 4 everyone in the country community."'],
			[{ rule: 'speaker-before/person-of-firm', speaker: 'Charles Kelley' }],
		],
		// An owner's role and the name right after it, with no comma: "said Ebby's mother Laurie Jernigan".
		[
			['"Ebby went to a party on a Friday night," said Ebby\'s mother Laurie Jernigan.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Laurie Jernigan' }],
		],
		[['"They pick up this girl," said private investigator Monty Vickers.'], [{ rule: 'speaker-after/name-after', speaker: 'Monty Vickers' }]],
		// A full stop, then a short sentence that is only the attribution.
		[
			['Jemele Hill apologized.', '"My comments on Twitter expressed my personal beliefs." She wrote on Twitter.'],
			[{ rule: 'speaker-after/pronoun', speaker: 'Jemele Hill' }],
		],
		[
			['Jemele Hill apologized.', '"My comments on Twitter expressed my personal beliefs." She then deleted the account and left.'],
			[{ rule: 'none', speaker: null }],
		],
		// A title after "the", even with the comma American style sets inside the marks, is no quotation: "he" after it
		// is still the speaker of the sentence before.
		[
			[
				'Florida state Sen. Joe Gruters spoke.',
				'Gruters invited her to discuss his bill, the “Stop Social Media Censorship Act,” after which he said, “I am proud to have her here.”',
			],
			[{ rule: 'speaker-before/pronoun', speaker: 'Joe Gruters' }],
		],
		// Rules held to their cases: a sentence after the full stop that tells more than the attribution; a main clause's
		// participle after a time clause it does not set off; a weekday after an object; protesters who do not speak for
		// the university; a company the story calls so by another name; "known as" of a thing; a dateline town someone
		// bears as a surname.
		[
			['Mayor Karen Bass defended the plan on Tuesday. "We are not going to back down from this fight." Smith said he disagreed.'],
			[{ rule: 'opener-before', speaker: 'Karen Bass' }],
		],
		[
			['Mayor Eric Adams vetoed the bill after Councilwoman Julie Menin introduced it, saying, "This would cost the city billions of dollars."'],
			[{ rule: 'speaker-before/participle-subject', speaker: 'Eric Adams' }],
		],
		[['Prosecutors who charged John Smith Tuesday said, "The evidence against him is overwhelming."'], [{ rule: 'none', speaker: null }]],
		[
			['Columbia University expelled three students.', '"We will not leave until the university divests," the Columbia University protesters said.'],
			[{ rule: 'none', speaker: null }],
		],
		[
			[
				'The lawsuit accuses Meta, the social media company, of harming teens. Snap Inc. faces a similar suit.',
				'"We disagree with these allegations," a company spokesman told Reuters.',
			],
			[{ rule: 'unnamed-after/title', speaker: null }],
		],
		[
			['Police seized pills of a drug known as Molly during the raid.', '"It was always quiet until that night," she said.'],
			[{ rule: 'unnamed-after/pronoun', speaker: null }],
		],
		[
			['AUSTIN, Texas (AP) — Defense Secretary Lloyd Austin visited Fort Hood on Monday.', '"Our soldiers deserve better housing," Austin said.'],
			[{ rule: 'speaker-after/name', speaker: 'Lloyd Austin' }],
		],
		[
			['Coach Dawn Staley praised her point guard after the game. "She never stops competing, not for a second."'],
			[{ rule: 'opener-before', speaker: 'Dawn Staley' }],
		],
		// A body's people named in the plural after it: the two people, together, one joint speaker.
		[
			['"Disillusioning experiences motivate a search for meaning," write University of Limerick psychologists Paul Maher and Eric Igou.'],
			[{ rule: 'speaker-after/joint-after', speaker: 'Paul Maher and Eric Igou' }],
		],
		// "they" after two people who wrote together: the two of them, not either alone.
		[
			[
				'"Disillusioning experiences motivate a search for meaning," write University of Limerick psychologists Paul Maher and Eric Igou.',
				'"Echo chambers intensify impressions that one\'s views are popular," they write.',
			],
			[
				{ rule: 'speaker-after/joint-after', speaker: 'Paul Maher and Eric Igou' },
				{ rule: 'speaker-after/they-group', speaker: 'Paul Maher and Eric Igou' },
			],
		],
		// "the researchers write" after the two wrote together, with no one speaking since: the pair.
		[
			[
				'"Disillusioning experiences motivate a search for meaning," write University of Limerick psychologists Paul Maher and Eric Igou.',
				'The first study featured 108 Brits.',
				'"Remain supporters felt more disillusioned," the researchers write.',
			],
			[
				{ rule: 'speaker-after/joint-after', speaker: 'Paul Maher and Eric Igou' },
				{ rule: 'speaker-after/group-body', speaker: 'Paul Maher and Eric Igou' },
			],
		],
		// "write" after its plural subject's quotation, inverted: two people write together, by their surnames later.
		[
			[
				'"Nobody knows exactly what to expect," write Juan Carlos Hidalgo and Ian Vasquez, two policy experts at the Cato Institute.',
				'"No one can blame Mexicans," write Hidalgo and Vasquez.',
			],
			[
				{ rule: 'speaker-after/joint-after', speaker: 'Juan Carlos Hidalgo and Ian Vasquez' },
				{ rule: 'speaker-after/joint-after', speaker: 'Juan Carlos Hidalgo and Ian Vasquez' },
			],
		],
		// Two people joined by "and" after the verb, each with a title and an apposition, write together.
		[
			[
				'“The values of the people of California are clear,” wrote Senate President Pro Tempore Kevin de León, D-Los Angeles, and California ' +
					'Assembly Speaker Anthony Rendon, D-Paramount.',
			],
			[{ rule: 'speaker-after/joint-after', speaker: 'Kevin de León and Anthony Rendon' }],
		],
		// Two people and their apposition before the verb ("two researchers") write together.
		[
			['“The new president faces limited policy options,” Rajni Gamage and Harindra B. Dassanayake, two researchers, jointly wrote in a column.'],
			[{ rule: 'speaker-after/name-before-comma', speaker: 'Rajni Gamage and Harindra B. Dassanayake' }],
		],
		// "who" after a person's noun nearer than the body: that person, unnamed; no verb further back speaks.
		[
			[
				'On Saturday, the Daily Caller posted an interview with a Capitol Hill resident named “Brandon” who said ' +
					'“I’ve been scared every day since Sunday, and I haven’t slept.”',
			],
			[{ rule: 'none', speaker: null }],
		],
		// The cue closing the sentence may be followed by an adjunct of time ("as he left …").
		[
			[
				'President Donald Trump spoke on Friday.',
				'"It\'s a shame what\'s happened" with the FBI, the president said as he left the White House for a speech.',
			],
			[{ rule: 'speaker-after/title', speaker: 'Donald Trump' }],
		],
		// Verbs of saying loudly: "booms", "thundered".
		[
			['Donald Trump spoke.', '“I’ve known Jeff for fifteen years. Terrific guy,” Trump booms from a speakerphone.'],
			[{ rule: 'speaker-after/name', speaker: 'Donald Trump' }],
		],
		// "went on to say": the subject of the verb that carries the saying on; "articulated that".
		[
			['Lisa Boyne spoke next.', 'She went on to say it was “one thousand times worse than what Al Franken has done.”'],
			[{ rule: 'speaker-before/infinitive', speaker: 'Lisa Boyne' }],
		],
		[
			['Megyn Kelly pressed on.', 'Kelly articulated that "if Trump is a sexual predator" voters should know.'],
			[{ rule: 'speaker-before/name', speaker: 'Megyn Kelly' }],
		],
		// Held to their cases: a closing cue's adjunct only for a quotation opening its sentence; a preposition between a
		// name and people after it; "who" after a body's name and a place.
		[
			[
				'Zelenskyy told Biden the aid was "a lifeline for our soldiers on the front" and asked for more, ' +
					'Jake Sullivan said after the two leaders met at the White House.',
			],
			[{ rule: 'speaker-before/name', speaker: 'Zelenskyy' }],
		],
		[
			['"We cannot let this stand under any circumstances," wrote Chuck Schumer to fellow senators Dick Durbin and Patty Murray on Monday.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Chuck Schumer' }],
		],
		[
			['The ban was welcomed by the Police Federation, which represents officers ' +
				'in England and Wales, who said it was "long overdue and will save lives."'],
			[{ rule: 'speaker-before/passive-agent', speaker: 'Police Federation' }],
		],
		// "a company spokesperson said": the one company the story names nearby.
		[
			['Acme Widgets Inc. recalled its toasters on Monday.', '“We regret the fault and will replace every unit,” a company spokesperson said.'],
			[{ rule: 'body-after/body-spokesperson', speaker: 'Acme Widgets Inc.' }],
		],
		// A name after a lower-case role, its preposition and a title is whom the speaker works for.
		[
			['Drew Florio, a spokesman for House Minority Leader Kevin McCarthy, said “These comments are appalling.”'],
			[{ rule: 'speaker-before/name-before-comma', speaker: 'Drew Florio' }],
		],
		// "One distraught witness told reporters" introduces someone unnamed: "he" after it is not the man named before.
		[
			['Stephen Paddock opened fire.', 'One distraught witness told reporters "this cannot happen in America."', '"We need to come together," he said.'],
			[
				{ rule: 'speaker-before/title', speaker: null },
				{ rule: 'unnamed-after/pronoun', speaker: null },
			],
		],
		// A body's name is no person ("Aberdeen Standard Investments"), nor is the owner of a role ("Xi Jinping’s top economic adviser").
		[
			[
				'Trump announced the tariffs while Chinese President Xi Jinping’s top economic adviser is in the country.',
				'The impact hinges on which nations are affected, said Alex Wolf, economist at Aberdeen Standard Investments in Hong Kong.',
				'“It’s not much ado about nothing,” he said.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Alex Wolf' }],
		],
		// "I am Nawaz Sharif’s daughter" names her father, not the speaker whose name holds his.
		[
			[
				'Punjab Chief Minister Maryam Nawaz Sharif accused the PPP.',
				'She said, “The thing is, I am Nawaz Sharif’s daughter, and I will not beg for aid.”',
			],
			[{ rule: 'speaker-before/pronoun', speaker: 'Maryam Nawaz Sharif' }],
		],
		// The person opening the sentence being read is whom its "he" refers to, before the sentence is noted whole.
		[
			[
				'Kevin McCarthy met Donald Trump. “We will win,” McCarthy said. McCarthy, of course, is one of those leaders. ' +
					'Trump went on to paint a picture of doom, of what he called “rusted-out factories scattered like tombstones.”',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'Kevin McCarthy' },
				{ rule: 'speaker-before/pronoun', speaker: 'Donald Trump' },
			],
		],
		// "he called Trump the …": the person the verb's object names is not whom its "he" refers to.
		[
			[
				'Benjamin Netanyahu flew to Washington. On Monday, he beamed alongside Trump in the Oval Office.',
				'Hours later, Trump announced a plan.',
				'Before an adoring audience, he called Trump the “greatest friend that Israel has ever had in the White House.”',
			],
			[{ rule: 'speaker-before/pronoun', speaker: 'Benjamin Netanyahu' }],
		],
		// A clause opening with "but" and a name is that person's, which a "he says" after it refers to, past someone unnamed.
		[
			[
				'Kevin McCarthy backed the bill. The local paper called the bill a disaster that “would have devastating implications.”',
				'It’s unlikely Congress will act this year, but McCarthy sees the potential for a deal. “If Nixon can go to China,” he says.',
			],
			[
				{ rule: 'none', speaker: null },
				{ rule: 'speaker-after/pronoun', speaker: 'Kevin McCarthy' },
			],
		],
		// Right after the closing mark, any finite verb of saying may come first.
		[['"People in the capital know nothing," sniffs Said Shareef, a rebel commander.'], [{ rule: 'speaker-after/name-after', speaker: 'Said Shareef' }]],
		[
			['"The fact that he wants a deal so bad should scare us all," tweeted Sen. Christopher Murphy, Connecticut Democrat.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Christopher Murphy' }],
		],
		// Even a verb that takes an object ("warns"), and a hometown after the name; "tell" alone names its listener next.
		[
			[
				'Fishers are suffering.',
				'“This crisis is not only economic, it’s ecological as well,” warns Muhammad Moazzam Khan, technical adviser on marine issues.',
			],
			[{ rule: 'speaker-after/name-after', speaker: 'Muhammad Moazzam Khan' }],
		],
		[
			['Fishers are suffering.', '“Women here don’t fish, but we grade, dry and sell them,” explains Haleema Baloch from Gwadar, who does such work.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Haleema Baloch' }],
		],
		// Words that end in a comma inside the marks, after more of the reporter's words, are the verb's after them.
		[
			['Donald Trump won.', 'A team of analysts “has been prepared to deliver daily briefings to Trump,” reported the Washington Post.'],
			[{ rule: 'body-after/name-after', speaker: 'Washington Post' }],
		],
		// An owner's title in capitals before the name; a hyphenated title; a leader's name before the word of a body they
		// lead signs for the body ("a Trump administration media note"), not the person.
		[
			['Tariffs came.', '“China’s exports of steel are equal to about 0.5% of GDP,” said Bloomberg’s Chief Asia Economist Tom Orlik.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Tom Orlik' }],
		],
		[
			['The staff fought.', '“It’s honestly kind of a miracle,” said Editor-in-Chief Neha Madhira.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Neha Madhira' }],
		],
		[
			[
				'Donald Trump acted.',
				'“These licenses invite companies to play a role,” said a Trump administration media note.',
				'“It is a brilliant pick,” said Trump in a statement.',
			],
			[
				{ rule: 'body-after/name-after', speaker: 'Trump administration' },
				{ rule: 'speaker-after/name-after', speaker: 'Donald Trump' },
			],
		],
		[
			['Jim Bridenstine met Elon Musk.', '“But it’s going to be a great day!” Bridenstine interrupted.'],
			[{ rule: 'speaker-after/name', speaker: 'Jim Bridenstine' }],
		],
		// A word describing the person between the article and the name.
		[
			[
				'The trust met.',
				'“Well, then that would be quite different than what the written answers were,” said a skeptical Robert Wolfarth, the chairman.',
			],
			[{ rule: 'speaker-after/name-after', speaker: 'Robert Wolfarth' }],
		],
		// A body before a role is the employer of the person named after it.
		[
			['"The core is not the most popular part of the deal," said WNBPA executive committee president Nneka Ogwumike of the Sparks.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Nneka Ogwumike' }],
		],
		// The person in apposition to an owner's role speaks, not the owner.
		[
			["Davin Reid came early.", '"I want to see him up close," said Mr. Reid\'s girlfriend, Kailyn Leckie, 23.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Kailyn Leckie' }],
		],
		// An abbreviated rank after the role ends no sentence: "Chief of Naval Operations Adm. Michael Gilday said".
		[
			[
				'The Navy signaled it would not penalize him.',
				'“We’re not looking to shoot the messenger here,” Chief of Naval Operations Adm. Michael Gilday said.',
			],
			[{ rule: 'speaker-after/name', speaker: 'Michael Gilday' }],
		],
		// An age before the name, a person's name qualifying the role ("Trump campaign spokesman"), a verb that may invert.
		[
			['“It’s like the country is going back to the 1800s,” said 16-year-old Judy Cordova.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Judy Cordova' }],
		],
		[
			['Donald Trump spoke at a rally.', '“Beto will forever be known as the one who dropped out,” asserted Trump campaign spokesman Tim Murtaugh.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Tim Murtaugh' }],
		],
		// An employer's possessive name before the person, and the particle of a surname written alone, stand before the subject.
		[
			['In late October, Jared Kushner made a trip.', '“The two princes stayed up until 4 a.m.,” the Washington Post’s David Ignatius reported.'],
			[{ rule: 'speaker-after/name', speaker: 'David Ignatius' }],
		],
		[
			['Vanderleia da Silva cleans houses.', '“For now, we have a lot of food at home," da Silva said.'],
			[{ rule: 'speaker-after/name', speaker: 'Vanderleia da Silva' }],
		],
		// "The" opening a body's name stands between the closing mark and the body, and "according to" only carries it.
		[
			['"The agencies hatched a vicious plot," The Korean Central News Agency said in a report, according to Reuters.'],
			[{ rule: 'body-after/name', speaker: 'Korean Central News Agency' }],
		],
		// In the same paragraph, the relative just introduced is the one who speaks.
		[
			['Police arrested Omar Ali, 23, on Monday.', 'His mother, Fatima Ali, said he was innocent. "My son did nothing wrong," Ali said.'],
			[{ rule: 'speaker-after/name', speaker: 'Fatima Ali' }],
		],
		// A given name that nearly always names a woman or a man tells whom "she" can be.
		[
			['Anna Berg spoke first. Peter Olsen, a farmer, spoke last.', '"It was a long night," she said.'],
			[{ rule: 'speaker-after/pronoun', speaker: 'Anna Berg' }],
		],
		[
			[
				'“I think Trump has what it takes,” said Phil Bryan, of Martinez.',
				'But Trump’s victory left Kashina Lee stunned and almost speechless.',
				'“It sounds extreme,” she said.',
			],
			[
				{ rule: 'speaker-after/name-after', speaker: 'Phil Bryan' },
				{ rule: 'speaker-after/pronoun', speaker: 'Kashina Lee' },
			],
		],
		// A name in apposition to a role that ends a clause ("comparison to a former vice president, Joe Biden") opens no sentence.
		[
			[
				'Beto O’Rourke quit the race on Friday. “It is clear to me now that this campaign is over,” he said.',
				'He could not avoid comparison to a former vice president, Joe Biden, whose experience he could not touch.',
				'“We are right in the middle of this fight,” he told supporters.',
			],
			[
				{ rule: 'speaker-after/pronoun', speaker: 'Beto O’Rourke' },
				{ rule: 'speaker-after/pronoun', speaker: 'Beto O’Rourke' },
			],
		],
		// The one named for a group that opens the sentence ("advocates such as professor X were …") is who "she" is next.
		[
			[
				'Jehan Hakim, a Muslim-American mother and civil rights advocate from Hayward, said she worries about anti-Muslim bullying worsening in ' +
					'schools. She knows of women who have already stopped wearing their headscarves since the election, fearing backlash.',
				'And sexual assault prevention advocates such as Stanford Law professor Michele Dauber were in disbelief that so many Americans lined ' +
					'up behind a man caught on tape boasting about kissing and groping women without their consent.',
				'“We can’t look to the federal government to defend against sexual violence,” she said.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Michele Dauber' }],
		],
		// With no one named or speaking for paragraphs, "he" is the person the story opens with and names most.
		[
			[
				'Beto O’Rourke dropped out of the race on Friday.',
				'O’Rourke had struggled in the polls for months.',
				'The race moved on without him.',
				'Excited crowds had gathered in Iowa.',
				'The Texan vowed to support the nominee.',
				'“We are right in the middle of this fight,” he told supporters.',
			],
			[{ rule: 'speaker-after/pronoun', speaker: 'Beto O’Rourke' }],
		],
		// A relation set off before the role ("her son, filmmaker …") shows his gender, and "the actress" hers.
		[
			[
				'"I felt strange," said Oscar-winning actress Mary Steenburgen.',
				'Steenburgen’s son, filmmaker Charlie McDowell, remembers it. "It was a trying time," he said.',
				'The actress was not itching to do something else. "I had been somebody who really liked music," she said.',
			],
			[
				{ rule: 'speaker-after/name-after', speaker: 'Mary Steenburgen' },
				{ rule: 'speaker-after/pronoun', speaker: 'Charlie McDowell' },
				{ rule: 'speaker-after/pronoun', speaker: 'Mary Steenburgen' },
			],
		],
		// Words that name the pronoun's referent in full are about her, not hers: nobody the article makes clear.
		[
			[
				'Oscar-winning actress Mary Steenburgen woke up with music in her head.',
				'Her son remembers it. "It was easy for Mary Steenburgen to put her name on something, but she did not," she said.',
			],
			[{ rule: 'speaker-after/named-inside', speaker: null }],
		],
		// Nor words that name her as an owner ("Leslie’s insight"), however short the name: one says "my", not one's own name's.
		[
			[
				'“The bubbles are safe for birds and fish,” Leslie Field said.',
				'Field later met Steven Zornetzer at a talk. “Leslie’s insight was that we could prevent the melting,” he told me.',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'Leslie Field' },
				{ rule: 'speaker-after/named-inside', speaker: null },
			],
		],
		// Her own name in full is how a speaker may name herself: "In D.C., I was Dr. Rockeymoore".
		[
			['Maya Rockeymoore Cummings runs for the seat.', '“In D.C., I was Dr. Rockeymoore, and here I was Mrs. Cummings,” she said.'],
			[{ rule: 'speaker-after/pronoun', speaker: 'Maya Rockeymoore Cummings' }],
		],
		// "she" is not the man whose mother the sentence opened with.
		[
			['Donna Kelce has praised the album.', "Travis Kelce‘s mom confirmed the news.", '"I was just very impressed," she added.'],
			[{ rule: 'speaker-after/pronoun', speaker: 'Donna Kelce' }],
		],
	],
	'person-before-body-after': [
		[
			[
				'Patrick Carlineo pleaded guilty on Monday to threatening the congresswoman.',
				'During the call, he said, “somebody ought to stop her for good," Reuters said.',
			],
			[{ rule: 'person-before-body-after/pronoun', speaker: 'Patrick Carlineo' }],
		],
		[
			['Joseph Dunford told reporters that the visit gives them a chance to "see our folks in the field," according to a report from the Defense News.'],
			[{ rule: 'person-before-body-after/name', speaker: 'Joseph Dunford' }],
		],
	],
	'body-after': [
		// "the NATO foreign ministers said": the body whose members they are.
		[
			['NATO met in Brussels.', '“We stand together,” the NATO foreign ministers said in a statement.'],
			[{ rule: 'body-after/group-body', speaker: 'NATO' }],
		],
		// A verb that reports no clause ("spoke to") tells no words: the readout after it carries them.
		[
			[
				'Mike Pompeo spoke to Foreign Minister Kang Kyung-wha on Thursday, and the two "agreed that pressure must continue," ' +
					'according to a State Department readout.',
			],
			[{ rule: 'body-after/name-after', speaker: 'State Department' }],
		],
		[['"The market is largely factoring in a recovery," Reuters said.'], [{ rule: 'body-after/name', speaker: 'Reuters' }]],
		[['"The market is largely factoring in a recovery," Moscow said.'], [{ rule: 'body-after/name', speaker: 'Moscow' }]],
		// A body's document after a finite verb that closes the sentence: '"…," notes an NPR report earlier this month.'
		[
			['"Among the main targets are witness and signature requirements," notes an NPR report earlier this month.'],
			[{ rule: 'body-after/name-after', speaker: 'NPR' }],
		],
		// A document after the verb speaks for its author, past where it was read: "said a statement read on … from X".
		[
			[
				'"It is a cunning ploy to hide the South\'s policy," said a statement read on state television from the Korean Central ' +
					'News Agency, which speaks for the government.',
			],
			[{ rule: 'body-after/name-after', speaker: 'Korean Central News Agency' }],
		],
		// A document "reads" what it says: its owner named before the noun speaks.
		[
			['Shah Mehmood Qureshi spoke with his counterpart.', '“The two ministers agreed to meet soon,” a Foreign Office statement read.'],
			[{ rule: 'body-after/document-owner', speaker: 'Foreign Office' }],
		],
		// Someone speaking for a body the article names by one word: the body, which that word names.
		[
			['‘We welcome the recent actions by the Administration,’ said a spokesperson for Chevron, which has stayed in Venezuela.'],
			[{ rule: 'body-after/spokesperson-for', speaker: 'Chevron' }],
		],
		// "the report" is the report the story gave to someone in this paragraph or the one before.
		[
			['The earlier KCNA report cited the drills. “There is a limit in showing goodwill,” the report said.'],
			[{ rule: 'body-after/document-owner', speaker: 'KCNA' }],
		],
		// A news item is an article, a report or a story alike: "the article" after "X said in a report".
		[
			[
				'“The plot was vicious,” the Korean Central News Agency said in a report published Friday.',
				'“We will ferret out the terrorists of the U.S. CIA,” the article warned.',
			],
			[
				{ rule: 'body-after/name', speaker: 'Korean Central News Agency' },
				{ rule: 'body-after/document-owner', speaker: 'Korean Central News Agency' },
			],
		],
		// Further on, a document no one is said to have written goes on with the body that spoke last.
		[
			[
				'“The plot was vicious,” the Korean Central News Agency said in a report published Friday.',
				'“We will ferret out the terrorists of the U.S. CIA,” the article warned.',
				'“Criminals going hell-bent to realize such a pipe dream cannot survive,” the article vowed.',
			],
			[
				{ rule: 'body-after/name', speaker: 'Korean Central News Agency' },
				{ rule: 'body-after/document-owner', speaker: 'Korean Central News Agency' },
				{ rule: 'body-after/document-owner', speaker: 'Korean Central News Agency' },
			],
		],
		// A document written before the one author who published it: "an article in The Washington Post".
		[
			['An article in The Washington Post quoted an adviser.', '“McCain advisers scoff at the notion,” the article also pointed out.'],
			[{ rule: 'body-after/document-owner', speaker: 'Washington Post' }],
		],
	],
	'cited-after': [
		[
			['The film has been called a hip tale “reminiscent of the early work of Spike ' +
				'Lee” (Screen Daily) that is “impossible not to celebrate” (Variety)!'],
			[
				{ rule: 'cited-after', speaker: 'Screen Daily' },
				{ rule: 'cited-after', speaker: 'Variety' },
			],
		],
	],
	'compiled-for-state': [
		// A digest of one person's statements: the state a point is told of speaking is the voice they speak in.
		[
			[
				'Russian Foreign Ministry Spokeswoman Maria Zakharova spoke during a briefing.',
				'TASS has compiled the diplomat’s key statements.',
				'Moscow has emphasized to Tokyo that its sovereignty is non-negotiable: "The outcome of the war settled it."',
			],
			[{ rule: 'compiled-for-state', speaker: 'Maria Zakharova' }],
		],
		// The digest holds over the run of quotations after it: once a cue gives one to someone else, a state's words are its own.
		[
			[
				'Russian Foreign Ministry Spokeswoman Maria Zakharova spoke during a briefing.',
				'TASS has compiled the diplomat’s key statements.',
				'Moscow has emphasized to Tokyo that its sovereignty is non-negotiable: "The outcome of the war settled it."',
				'Chinese Foreign Minister Wang Yi said: "We respect the sovereignty of every nation."',
				'Beijing said: "The talks will go on next year."',
			],
			[
				{ rule: 'compiled-for-state', speaker: 'Maria Zakharova' },
				{ rule: 'speaker-before/name', speaker: 'Wang Yi' },
				{ rule: 'speaker-before/name', speaker: 'Beijing' },
			],
		],
	],
	'speaker-before': [
		// Two people named by surname before the verb conclude together, as they wrote together before.
		[
			[
				'"Disillusioning experiences motivate a search for meaning," write University of Limerick psychologists Paul Maher and Eric Igou.',
				'Maher and Igou conclude that "the underlying causes of mass disillusionment should be addressed."',
			],
			[
				{ rule: 'speaker-after/joint-after', speaker: 'Paul Maher and Eric Igou' },
				{ rule: 'speaker-before/name', speaker: 'Paul Maher and Eric Igou' },
			],
		],
		// "the things Trump articulated": the verb's object stands before its subject; the words quoted later are no one's it names.
		[
			[
				'Newt Gingrich attacked the media for covering the things Donald Trump articulated on the tape, rather than the speeches of ' +
					'Hillary Clinton or her plans to allow “600 million people” to migrate.',
			],
			[{ rule: 'speaker-before/object-before-name', speaker: null }],
		],
		// Someone first named inside what a speaker said (here a quotation left open: "saying he has become 'a big
		// fixture … Trump said Sen. Ted Cruz was 'dying …'") is a character of that account: opening a sentence later,
		// they are not whom the speaker's next "he said" means.
		[
			[
				'President Donald Trump signed the trade deal on Wednesday.',
				"He singled out Sen. Mike Braun, saying he has become 'a big fixture on television. Braun regularly has appeared on TV. " +
					"Trump said Sen. Ted Cruz of Texas was 'dying to get back there and ask those questions' – referencing the next phase.",
				"'He's got some beauties, I bet. Thank you, Ted, you've been incredible.' Cruz has also been facing the cameras to defend Trump.",
				"And he said new appointed Georgia senator Kelly Loeffler has been 'really great,' adding: 'They already like you a lot.'",
			],
			[
				{ rule: 'speaker-before/participle-pronoun', speaker: 'Donald Trump' },
				{ rule: 'continuation', speaker: 'Donald Trump' },
				{ rule: 'speaker-before/pronoun', speaker: 'Donald Trump' },
			],
		],
		// "Jane Doe 102" is not the "Jane Doe" of another suit: the number after a placeholder surname is part of the name.
		[
			[
				'Epstein lured the plaintiff, identified in the suit only as Jane Doe, with promises of cash.',
				'Epstein has settled with Jane Doe 102, an unnamed woman who alleged that Epstein had induced her to “serve his every sexual whim” at 15.',
			],
			[{ rule: 'speaker-before/relative-pronoun', speaker: 'Jane Doe 102' }],
		],
		[[LAVROV, 'Lavrov said: "We will not back down from our position."'], [{ rule: 'speaker-before/name', speaker: 'Sergei Lavrov' }]],
		// A leader's country said of the one person the story has named, of whom it has said nothing else.
		[
			[
				'Donald Trump has defended the use of guns.',
				'Speaking at a rally, the US president claimed that one hospital is “like a war zone for stabbing wounds”.',
			],
			[{ rule: 'speaker-before/title', speaker: 'Donald Trump' }],
		],
		[
			[
				'Donald Trump has defended the use of guns. Emmanuel Macron disagreed.',
				'Speaking at a rally, the French president claimed that one hospital is “like a war zone for stabbing wounds”.',
			],
			[{ rule: 'speaker-before/title', speaker: null }],
		],
		// Not the one person named when what is known of him names another country.
		[
			[
				'France’s Emmanuel Macron has defended the use of guns.',
				'Speaking at a rally, the US president claimed that one hospital is “like a war zone for stabbing wounds”.',
			],
			[{ rule: 'speaker-before/title', speaker: null }],
		],
		[
			[
				'Emmanuel Macron of France has defended the use of guns.',
				'Speaking at a rally, the US president claimed that one hospital is “like a war zone for stabbing wounds”.',
			],
			[{ rule: 'speaker-before/title', speaker: null }],
		],
		[
			[
				'America’s Donald Trump has defended the use of guns.',
				'Speaking at a rally, the US president claimed that one hospital is “like a war zone for stabbing wounds”.',
			],
			[{ rule: 'speaker-before/title', speaker: 'Donald Trump' }],
		],
		// The field an expert knows is no second description: "the legal expert" is the former Attorney General.
		[
			[
				'Sir Michael Ellis, a former Attorney General, said it was "perfectly lawful to act" in pursuit of self-defence.',
				'The legal expert told GB News: "I don\'t think it was the right decision."',
			],
			[
				{ rule: 'speaker-before/name-before-comma', speaker: 'Michael Ellis' },
				{ rule: 'speaker-before/title', speaker: 'Michael Ellis' },
			],
		],
		// "confessed", with a listener and a participle clause between the verb and the quotation.
		[
			['It was a hard time to be a socialist.', 'The organizer Joanne Landy confessed to me, feeling safe, “I’ve been a socialist my whole adult life.”'],
			[{ rule: 'speaker-before/name', speaker: 'Joanne Landy' }],
		],
		// The pronoun of a relative clause about someone is not that someone; "Democratic" is no one's name.
		[
			[
				'Viktor Orban met Marco Rubio.',
				'Former Democratic president Joe Biden had a hostile relationship with Orban, whom he accused of "looking for a dictatorship" there.',
			],
			[{ rule: 'speaker-before/pronoun', speaker: 'Joe Biden' }],
		],
		// A participle's subject is an owner's role opening the clause, someone unnamed: not the name after its verb.
		[
			[
				'Trey Gowdy leads the panel. Bryan Pagliano set up the server.',
				'Earlier, Pagliano’s lawyer criticized Gowdy for forcing him to attend, writing that it “can only be intended to intimidate our client.”',
			],
			[{ rule: 'none', speaker: null }],
		],
		// "States" ending "the United States'" is part of the name, not a verb with an epithet before it.
		[
			['Barack Obama acted.', "In an editorial, the Financial Times suggested that the United States' embargo policy “is not achieving its objective.”"],
			[{ rule: 'speaker-before/name', speaker: 'Financial Times' }],
		],
		// "Here is what Putin said" introduces what follows.
		[
			['Vladimir Putin spoke.', 'Here is what Putin said on Tuesday.', '“We will never give up Crimea. Never.”'],
			[{ rule: 'continuation', speaker: 'Vladimir Putin' }],
		],
		// A spokesperson named later for another body, or one whose role only holds the body's name inside a word, is not
		// the one who spoke for it.
		[
			['A spokesman for the Pentagon said the strike was “lawful and necessary.”', 'Later, White House spokesman John Kirby told reporters nothing.'],
			[{ rule: 'speaker-before/spokesperson-for', speaker: 'Pentagon' }],
		],
		// "of" and "at" tie the role to the body as "for" does.
		[['Oil prices rose.', '“We will appeal the ruling,” said a spokesman of Chevron.'], [{ rule: 'body-after/spokesperson-for', speaker: 'Chevron' }]],
		[
			['Jane Roe, a senior spokesperson at Shell, declined to comment.', '“We will review the ruling,” said a spokesperson for Eni.'],
			[{ rule: 'body-after/spokesperson-for', speaker: 'Eni' }],
		],
		// "what Putin said" tells no one speaking now: the sentence before's subject stays whom "He" means.
		[
			[
				'Vladimir Putin met Donald Trump. At the presser, Putin said, “It’s a dangerous situation with the treaty.”',
				'Trump had no answer to what Putin said. He made a blanket statement that they would “continue the progress we have started.”',
			],
			[
				{ rule: 'speaker-before/name', speaker: 'Vladimir Putin' },
				{ rule: 'none', speaker: null },
			],
		],
		// A participle after "by" is the nearest clause's subject's, past a speaker's label; past a relative clause, the body
		// or person named right before it, else no one.
		[
			[
				'Mustafa Hyder Sayed leads the institute.',
				'Mustafa Hyder Sayed, the director, opened the proceedings by noting that the friendship “has never been transactional or tactical.”',
			],
			[{ rule: 'speaker-before/participle-subject', speaker: 'Mustafa Hyder Sayed' }],
		],
		[
			[
				'Benjamin Netanyahu won. Barack Obama warned him.',
				'Obama took issue with Likud, which tried to rally support by saying that voters were “coming out in droves.”',
			],
			[{ rule: 'none', speaker: null }],
		],
		[
			[
				'Benjamin Netanyahu won. Barack Obama warned him.',
				'Obama took issue with Netanyahu’s Likud party, which tried to rally support by saying that voters were “coming out in droves.”',
			],
			[{ rule: 'speaker-before/participle-subject', speaker: 'Likud' }],
		],
		// A participle's subject: the body opening the clause after "The", not an item of the list after its verb.
		[
			[
				'Kevin McCarthy rose fast.',
				'In 2007, The Weekly Standard profiled Eric Cantor, Paul Ryan, and McCarthy, calling them “the Young Guns of the party.”',
			],
			[{ rule: 'speaker-before/participle-subject', speaker: 'Weekly Standard' }],
		],
		// What two people did together, told in a teller's clause after "that", is the teller's account.
		[
			[
				'Prime Minister Lawrence Wong met Premier Li Qiang in Beijing.',
				'Mr Wong said in a post on X that he and Premier Li reaffirmed their ties and "took stock of the good progress in our collaborations".',
			],
			[{ rule: 'speaker-before/name', speaker: 'Lawrence Wong' }],
		],
		[
			[
				'Prime Minister Lawrence Wong met Premier Li Qiang in Beijing.',
				'The Foreign Ministry said in a press release that Mr Wong and Premier Li agreed to "keep up efforts to advance cooperation".',
			],
			[{ rule: 'speaker-before/name', speaker: 'Foreign Ministry' }],
		],
		// A name after a preposition is its object, never the participle's subject: the speaker is whom the sentence opened with.
		[
			[
				'Minister Cho Hyun spoke in New York.',
				'Minister Cho noted that the world has become "much more unstable" since Russia\'s invasion of Ukraine in 2022, stating, "We are concerned."',
			],
			[
				{ rule: 'speaker-before/name', speaker: 'Cho Hyun' },
				{ rule: 'speaker-before/coordinated-subject', speaker: 'Cho Hyun' },
			],
		],
		// Unless it completes the phrase opening the clause: "a majority of the council" speaks as the council.
		[
			['On Sunday, a majority of the Minneapolis City Council committed to dismantling the department, declaring that "reform has failed."'],
			[{ rule: 'speaker-before/participle-subject', speaker: 'Minneapolis City Council' }],
		],
		// A verb opening its sentence after a connective, its particle and then its subject: "Moreover, pointed out X, …:".
		[
			[
				'Munazza Siddiqui works in television.',
				'Moreover, pointed out Munazza Siddiqui, senior producer on a TV channel: “The law is unconstitutional, it violates rights.”',
			],
			[{ rule: 'speaker-before/name-after', speaker: 'Munazza Siddiqui' }],
		],
		// A verb before the possessive of what it reports is not inverted: the owner of "decision" did not speak.
		// "insinuated" reports what its subject said.
		[
			['Tom Cotton insinuated on Fox News that “we have to get to the bottom of” whether the virus came from a laboratory.'],
			[{ rule: 'speaker-before/name', speaker: 'Tom Cotton' }],
		],
		// A title opening the sentence before ("the president continues …") is whom "he" refers to, not the last speaker.
		[
			[
				'President Donald Trump has attacked voting by mail for months.',
				'“The rise in vote by mail should lead to vigilance,” said Rick Hasen, a law professor.',
				'Meanwhile, the president continues to be an outspoken opponent of voting by mail. ' +
					'He tweeted on June 22, “IT WILL BE THE SCANDAL OF OUR TIMES!”',
			],
			[
				{ rule: 'speaker-after/name-after', speaker: 'Rick Hasen' },
				{ rule: 'speaker-before/pronoun', speaker: 'Donald Trump' },
			],
		],
		// Someone spoke whom an epithet cannot name ("the Texan" among several): a "he" after it is not the speaker before.
		[
			[
				'President Donald Trump taunted Beto O’Rourke at a rally. “He made a total fool out of himself,” Trump said.',
				'In a cover story, Vanity Fair quoted the Texan saying that “I’m just born to be in it.”',
				'He predicted that O’Rourke would return the next day to “apologize for dropping out badly.”',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'Donald Trump' },
				{ rule: 'speaker-before/epithet', speaker: null },
				{ rule: 'speaker-before/pronoun', speaker: null },
			],
		],
		// "spoke … of" reports words too.
		[
			[
				'The first Republican president, Abraham Lincoln, spoke at the close of his 1861 inaugural address of his longing for a moment ' +
					'when the sound of “the better angels of our nature” might again be heard.',
			],
			[{ rule: 'speaker-before/name-before-comma', speaker: 'Abraham Lincoln' }],
		],
		// "alluded to" and "characterizes … as" report words too.
		[
			['In another interview, Mike Pompeo alluded to the diplomats’ presence making it “more difficult for the United States to act.”'],
			[{ rule: 'speaker-before/name', speaker: 'Mike Pompeo' }],
		],
		[
			['Jane Doe, who lives in Australia, characterizes herself on Twitter as a “Chinese-Aussie artist hunted by the party”.'],
			[{ rule: 'speaker-before/name-before-comma', speaker: 'Jane Doe' }],
		],
		// "He" opening a sentence after the one the person opened is the subject of every verb joined to the first;
		// a verb joined after a quotation ('"…," and stated') names no one new, so "he" after it is still that person.
		[
			[
				'After the summit, Trump offered mixed messages. He defined success as developing “a relationship” with Kim, characterized the meeting as ' +
					'“the beginning of an arduous process,” and stated that Kim had taken “the first bold step toward a bright future.” He said the ' +
					'document was “far down the line.” Trump responded, “There was no time.”',
			],
			[
				{ rule: 'speaker-before/coordinated-subject', speaker: 'Trump' },
				{ rule: 'speaker-before/coordinated-subject', speaker: 'Trump' },
				{ rule: 'speaker-before/pronoun', speaker: 'Trump' },
				{ rule: 'speaker-before/name', speaker: 'Trump' },
			],
		],
		// A phrase of when or where may open the sentence before the subject a joined verb shares: a name, or "the" and a role.
		[
			[
				'President Donald Trump spoke on Monday.',
				'In a tweet Tuesday night, Trump praised the show on Fox News and called it “a great hour of television.”',
			],
			[{ rule: 'speaker-before/coordinated-subject', speaker: 'Donald Trump' }],
		],
		[
			['President Donald Trump spoke on Monday.', 'In a tweet Tuesday night, the president praised the show and called it “a great hour of television.”'],
			[{ rule: 'speaker-before/coordinated-subject', speaker: 'Donald Trump' }],
		],
		// A verb joined by "and" inside a clause after "that" shares that clause's subject, not the sentence's.
		[
			[
				'Rajavarothiyam Sampanthan died on Sunday.',
				'Anura Dissanayake, leader of the leftist Janatha Vimukti Peramuna (JVP), recently told an audience that Sampanthan one day clasped ' +
					'his hands and said in despair: “I want to shout loudly that I am a Sri Lankan.”',
			],
			[{ rule: 'speaker-before/coordinated-subject', speaker: 'Rajavarothiyam Sampanthan' }],
		],
		// A body after a preposition and "the" in the subject's apposition is no subject of its own.
		[
			[
				'Ambassador Hu Zhaoming, Spokesperson of the International Department of the Communist Party of China (IDCPC), described Pakistan as ' +
					'“etched in the deepest hearts of the Chinese people.”',
			],
			[{ rule: 'speaker-before/coordinated-subject', speaker: 'Hu Zhaoming' }],
		],
		// Not when someone else, never named as a subject here, opened the sentence before: "he" is not the last speaker.
		[
			[
				'Jon Tester said the party was "toxic" for rural voters.',
				'The elder Soros gives millions a year. He funds gun groups and has stated, "I am against guns."',
			],
			[{ rule: 'none', speaker: null }],
		],
		// "According to X, Y cautioned: "…"": X reports what Y said; when Y is not named, nobody in particular.
		[
			[
				'Advocate Mokitimi Tšosane is a lawyer.',
				'According to Adv Tšosane, Advocate Karabo Mohau King’s Counsel (KC) once ' +
					'cautioned: “Constitutional amendment is indispensable to development.”',
			],
			[{ rule: 'none', speaker: null }],
		],
		[
			[
				'Darren Bailey’s lawsuit was filed on Monday.',
				'The lawsuit said Pritzker’s decision limited “the freedoms of the plaintiff to travel within the state.”',
			],
			[{ rule: 'speaker-before/document-owner', speaker: 'Darren Bailey' }],
		],
		[
			[
				'J.B. Pritzker extended the order.',
				'The filing, which sought a restraining order, said Pritzker’s decision limited “the freedoms of the plaintiff to travel.”',
			],
			[{ rule: 'none', speaker: null }],
		],
		[[LAVROV, 'Lavrov said China would "never back down from its position."'], [{ rule: 'speaker-before/name', speaker: 'Sergei Lavrov' }]],
		// The listener of "told" is not part of the reporter's sentence: the whole quotation is the speaker's.
		[[LAVROV, 'Lavrov told reporters: “We will not back down from our position.”'], [{ rule: 'speaker-before/name', speaker: 'Sergei Lavrov' }]],
		// A past perfect tells what was said before, inside the report of the one who speaks in the sentence.
		[
			[
				'Donald Trump signed the proclamation.',
				'Trump said in the proclamation that Howard Lutnick had informed him that "imports of steel have increased."',
			],
			[{ rule: 'speaker-before/name', speaker: 'Donald Trump' }],
		],
		// A thought is not heard: words quoted in the report of another's thinking are the teller's.
		[
			[
				'Karen Holt met Samuel Okafor on Wednesday.',
				'Holt said the visiting minister thinks he is creating conditions that could achieve "a good deal".',
			],
			[{ rule: 'speaker-before/name', speaker: 'Karen Holt' }],
		],
		// So past a pronoun nearer it: the source of "according to", not the one whose request was told in a past perfect.
		[
			[
				'Brett Crozier commanded the ship. Thomas Modly fired him.',
				'According to Modly, the help that Crozier had asked for was on the way when he wrote the letter, and his superior was ' +
					'“berthed 20 feet down the passageway from him.”',
			],
			[{ rule: 'speaker-before/name-after', speaker: 'Thomas Modly' }],
		],
		// A participle may open an apposition; a title with the owner's nationality is the one the country owns.
		[
			[
				"Following a meeting between North Korea's Kim Jong Un and South Korean President Moon Jae-in, the leaders spoke.",
				'"We have long hoped for this moment to arrive," Kim, standing next to Moon, said.',
				'"We should be living in unity," the North Korean leader said.',
			],
			[
				{ rule: 'speaker-after/name-before-comma', speaker: 'Kim Jong Un' },
				{ rule: 'speaker-after/title', speaker: 'Kim Jong Un' },
			],
		],
		// A comma closing a quotation ends the clause: the person opening the next one is who "he" is.
		[
			[
				'Just one day after Donald Trump remarked that “Canada lives because of the United States,” Canadian Prime Minister Mark Carney fired back. ' +
					'“Canada doesn’t live because of the United States,” he declared.',
			],
			[
				{ rule: 'speaker-before/name', speaker: 'Donald Trump' },
				{ rule: 'speaker-after/pronoun', speaker: 'Mark Carney' },
			],
		],
		// A title opening the sentence is a participle's subject; "the French leader" is the one French head of state.
		[
			[
				'This could dismay French president Emmanuel Macron, who had pressed for talks in Geneva.',
				'The French leader made his stance clear at the conference on Friday, saying: “You can negotiate without the Europeans.”',
			],
			[{ rule: 'speaker-before/participle-title', speaker: 'Emmanuel Macron' }],
		],
		// A pronoun opening the sentence is a participle's subject, not a name later in it.
		[
			[
				'Andrés Manuel López Obrador won the election.',
				"He's been critical of Trump's stance, and he has condemned the wall, promising that Mexico will “never be the piñata of any government.”",
			],
			[{ rule: 'speaker-before/participle-pronoun', speaker: 'Andrés Manuel López Obrador' }],
		],
		// A name in apposition opening the clause beats the title before it.
		[
			[
				'Lotfi Azzouz, the country director, spoke first.',
				'The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying in a statement that it “will not break our people’s will.”',
			],
			[{ rule: 'speaker-before/participle-subject', speaker: 'Rachid Ghannouchi' }],
		],
		// The employer inside a speaker's apposition is not the speaker.
		[
			['Mieke Eoyang, the director of a program at Third Way, a center-left think tank, said: “I think the president has to take a hard look.”'],
			[{ rule: 'speaker-before/name-before-comma', speaker: 'Mieke Eoyang' }],
		],
		// "continued pressing" tells of no speech: "he" after it is still the one who spoke.
		[
			[
				'Volodymyr Zelensky met Donald Trump. Trump urged Kyiv to hurry, warning that Ukraine had better “come to the table, fast.”',
				'Zelensky said it was not fair that Trump continued pressing Ukraine. “I hope it is just his tactics and not the decision,” he said.',
			],
			[
				{ rule: 'speaker-before/participle-subject', speaker: 'Donald Trump' },
				{ rule: 'speaker-after/pronoun', speaker: 'Volodymyr Zelensky' },
			],
		],
		// "comments" and "bragged" report speech; the verb nearest the quotation beats "according to" opening the sentence.
		[
			[
				'Donald Trump Jr. shot an argali in Mongolia. In one of the photos of the hunt, Trump Jr. comments: “Amazing sheep and amazing guy.”',
				'Jared Kushner met the Saudi Crown Prince Mohammad bin Salman. According to ' +
					'The Intercept, the crown prince bragged of having Kushner “in his pocket.”',
			],
			[
				{ rule: 'speaker-before/name', speaker: 'Donald Trump Jr.' },
				{ rule: 'speaker-before/title', speaker: 'Mohammad bin Salman' },
			],
		],
		// A verb in an opening subordinate clause tells what led up to the quotation when someone else opens the main
		// clause; with nobody there ("As Clinton said, "…"") it is the cue.
		[
			[
				'Hillary Clinton testified for hours. Rep. Mike Pompeo asked her about Sidney Blumenthal.',
				'After Clinton said no to all these things, Pompeo went in for what he thought was the kill: “Mr. Blumenthal had each of those.”',
				'As Clinton said, “I was never in the loop on this at all.”',
			],
			[
				{ rule: 'speaker-before/pronoun', speaker: 'Mike Pompeo' },
				{ rule: 'speaker-before/name', speaker: 'Hillary Clinton' },
			],
		],
		// Rows that must give no one, or the right one, where a looser rule would name someone else.
		[
			['Maria Lopez lost the case to Robert Brown.', 'Lopez called the ruling "a sham and a disgrace," denounced Judge Brown and walked out.'],
			[{ rule: 'speaker-before/name', speaker: 'Maria Lopez' }],
		],
		[
			[
				'Vladimir Putin praised Viktor Orban.',
				'The Hungarian leader, Putin\'s closest ally in the bloc, vetoed the package, saying "we will not pay for this war."',
			],
			[{ rule: 'none', speaker: null }],
		],
		[
			[
				'Philippine Vice President Sara Duterte was impeached. Ferdinand Marcos Jr. kept his distance.',
				'The Philippine leader spoke, saying "the process must run its course."',
			],
			[{ rule: 'speaker-before/participle-title', speaker: null }],
		],
		// A sentence opening with someone it does not name ("A spokesperson for Prince") gives a participle no named subject.
		[
			[
				'Erik Prince founded Blackwater. President Donald Trump took office.',
				'A spokesperson for Prince, who donated to President Trump, confirmed the ' +
					'report, saying that Prince had “cooperated completely with the counsel.”',
			],
			[{ rule: 'none', speaker: null }],
		],
		// A topic set before the pronoun is who the words are about, not who spoke: without another referent, nobody.
		[
			['Jared Kushner arrived in Baghdad.', 'Kushner, he said, "is traveling on behalf of the president."'],
			[{ rule: 'speaker-before/pronoun', speaker: null }],
		],
	],
	'unnamed-after': [
		[[LAVROV, '"It was a terrible night for all of us," officials said.'], [{ rule: 'unnamed-after/generic-source', speaker: null }]],
		// An owner's role that names nobody, and a spokesman for someone, are not the owner nor that someone.
		[['John Smith was charged.', '"He is innocent of all charges," said Smith\'s lawyer.'], [{ rule: 'unnamed-after/owner-role', speaker: null }]],
		// A clause in apposition is no second speaker.
		[
			['“He has me thinking now,” said Eyamba Sowers, who is also considering Bernie Sanders and Joe Biden.'],
			[{ rule: 'speaker-after/name-after', speaker: 'Eyamba Sowers' }],
		],
		// A letter from several authors is none of them alone.
		[
			[
				'The FBI should investigate, reads the letter from Democratic Reps. Ted Lieu, Gerald Connolly and Peter Welch. ' +
					'The letter notes that the "integrity of classified information" falls to the FBI.',
			],
			[{ rule: 'none', speaker: null }],
		],
		[
			['Joe Biden spoke on Monday.', '"Nothing has changed at all," the spokesman for the president said.'],
			[{ rule: 'unnamed-after/title', speaker: null }],
		],
		// "the report" is never the report someone only dismissed.
		[
			['Donald Trump dismissed the report as a hoax.', '"The president obstructed justice," the report said.'],
			[{ rule: 'unnamed-after/generic-source', speaker: null }],
		],
	],
	'owner-of-saying': [
		// After a verb of saying, the owner of the saying noun between it and the quotation said the words.
		[
			[
				'Historian Yoni Appelbaum also pointed to President Dwight Eisenhower’s hope that “in the not too distant future” relations could be ' +
					'restored.',
			],
			[{ rule: 'owner-of-saying/possessive-owner', speaker: 'Dwight Eisenhower' }],
		],
		[
			[
				'The decision to withdraw the staff and Secretary of State Mike Pompeo’s reference to their presence there being a “constraint on ' +
					'U.S. policy” does not mark a change in policy, special envoy Elliott Abrams said Tuesday.',
			],
			[{ rule: 'owner-of-saying/possessive-owner', speaker: 'Mike Pompeo' }],
		],
		// Not where a verb of saying stands between: its own cue decides.
		[
			['Mike Pompeo’s reference to the staff was brief, and Elliott Abrams said their presence was a “constraint on U.S. policy.”'],
			[{ rule: 'speaker-before/name', speaker: 'Elliott Abrams' }],
		],
	],
	'closing-cue': [
		[
			[
				'Sadeq Abu Amer heads a group in Turkey.',
				'The promotion might seem a "challenge to Israel and the world," but a deal was still possible, Abu Amer said.',
			],
			[{ rule: 'closing-cue/name', speaker: 'Sadeq Abu Amer' }],
		],
		// The cue closing the sentence beats a verb before that told of something else, past the speaker's appositions.
		[
			[
				'Xi Jinping spoke in New York.',
				'That Xi personally announced the targets signals a “very high-level commitment” to tackling climate change, says Belinda Schäpe, ' +
					'a China analyst at the Centre for Research on Energy, a think tank in Helsinki.',
			],
			[{ rule: 'closing-cue/name-after', speaker: 'Belinda Schäpe' }],
		],
	],
	'later-cue-in-sentence': [
		[
			['Anna Berg spoke at the camp.', '“The pressure to raise money” is “crazy” and “no way to run a country,” Berg said.'],
			[
				{ rule: 'later-cue-in-sentence/name', speaker: 'Anna Berg' },
				{ rule: 'speaker-after/name', speaker: 'Anna Berg' },
			],
		],
		// Not past a verb of saying or a person between the quotations, nor out of a bracket.
		[
			['Anna Berg spoke at the camp.', '“The pressure to raise money” is what Tom Jones called “no way to run a country,” Berg said.'],
			[
				{ rule: 'none', speaker: null },
				{ rule: 'speaker-after/name', speaker: 'Anna Berg' },
			],
		],
		[
			['Anna Berg spoke at the camp.', 'Forests shrank (see ‘Brazil yo-yos on forests’) and reversing that “is not simple,” Berg said.'],
			[
				{ rule: 'none', speaker: null },
				{ rule: 'speaker-after/name', speaker: 'Anna Berg' },
			],
		],
	],
	'colon-after-subject': [
		// A conjunction may open the sentence.
		[
			['Hillary Clinton spoke in Washington.', 'But Clinton closed her remarks on a strong note: “Don’t forget: Adults need camp too.”'],
			[{ rule: 'colon-after-subject/sentence-subject', speaker: 'Hillary Clinton' }],
		],
		[
			[LAVROV, 'Lavrov was blunt: “We will not back down from our position.”'],
			[{ rule: 'colon-after-subject/sentence-subject', speaker: 'Sergei Lavrov' }],
		],
		[
			[LAVROV, 'Lavrov’s answer was short: “We will not back down from our position.”'],
			[{ rule: 'colon-after-subject/sentence-subject', speaker: 'Sergei Lavrov' }],
		],
		// Someone else's critics are not the owner: no one is given it.
		[[LAVROV, 'Lavrov’s critics were blunt: “We will not back down from our position.”'], [{ rule: 'none', speaker: null }]],
	],
	'run-in-head': [
		// A run-in head gives a surname before a colon; the paragraph then names that one person in full.
		[
			[
				'Fox’s Rove: Deal Is “A Very Bad Signal To Our Adversaries.” On Wednesday, political contributor Karl Rove criticized the deal with Cuba.',
				'Brookings’ Huddleston: “The Embargo Has Run Its Course.” In a 2008 op-ed, Vicki Huddleston wrote that the embargo had failed.',
			],
			[
				{ rule: 'run-in-head', speaker: 'Karl Rove' },
				{ rule: 'run-in-head', speaker: 'Vicki Huddleston' },
			],
		],
		// Not when the paragraph names two people of that surname, nor no one of it.
		[
			['Fox’s Rove: Deal Is “A Very Bad Signal.” Karl Rove and his brother Tom Rove criticized the deal with Cuba on Wednesday.'],
			[{ rule: 'none', speaker: null }],
		],
	],
	'signed-below': [
		[
			[LAVROV, '“I was hit so many times, I cannot count them all.”', '– Daiki Arai, 23, a professional athlete, spoke of his experience.'],
			[{ rule: 'signed-below', speaker: 'Daiki Arai' }],
		],
		// A line of a name and where the writer writes, under two paragraphs of quotation; not a heading with no comma.
		[
			[
				'From the Left',
				'“It is appalling that he would have considered it.”',
				'“Imagine what he would have said.”',
				'Max Boot, Washington Post',
				'“He was probably being less than candid about it.”',
				'Simon Tisdall, The Guardian',
			],
			[
				{ rule: 'signed-below', speaker: 'Max Boot' },
				{ rule: 'signed-below', speaker: 'Max Boot' },
				{ rule: 'signed-below', speaker: 'Simon Tisdall' },
			],
		],
		// A lone credit line signs nothing: quotations signed line by line have several.
		[
			['Mayor Anne Hidalgo spoke after the vote.', '“We will rebuild the city together.”', 'Jane Doe, Reuters'],
			[{ rule: 'continuation', speaker: 'Anne Hidalgo' }],
		],
		[
			['Max Boot writes for the Post.', '“It is appalling that he would have considered it.”', 'Soybean Response'],
			[{ rule: 'continuation', speaker: 'Max Boot' }],
		],
	],
	'outer-teller': [
		[
			[
				'Rachel Crooks spoke next.',
				'She went on to note that Donald Trump had dismissed the tape as “locker room talk,” but “having been the victim of such ' +
					'actions, I knew better.”',
			],
			[
				{ rule: 'speaker-before/name', speaker: 'Donald Trump' },
				{ rule: 'outer-teller/infinitive', speaker: 'Rachel Crooks' },
			],
		],
	],
	'same-paragraph': [
		// "pointed out" is speaking, though no clause is reported: the quotation after it in the paragraph is his.
		[
			[
				'Shannon Sharpe spoke on the show.',
				'This was an impassioned Sharpe. He also pointed out Colin Kaepernick, who was forgotten. ' +
					'“It wasn’t until he came for the NFL that it mattered!”',
			],
			[{ rule: 'same-paragraph', speaker: 'Shannon Sharpe' }],
		],
		// Words too few to show ("Yes sir,") still tell who spoke before the next quotation in the paragraph.
		[
			['Guy Hooper reported the car.', 'He\'s sure it was Ebby?', '"Yes sir," said Hooper. "After I saw the pictures of her later on, I knew."'],
			[{ rule: 'same-paragraph', speaker: 'Guy Hooper' }],
		],
		[
			[LAVROV, '"We will not back down from our position," Lavrov said. "We have said so many times before."'],
			[
				{ rule: 'speaker-after/name', speaker: 'Sergei Lavrov' },
				{ rule: 'same-paragraph', speaker: 'Sergei Lavrov' },
			],
		],
		// Words running over two paragraphs end in the second: a quotation after their cue there is still the speaker's.
		[
			[LAVROV, '"We will not back down from our position.', '"We have said so many times," he continues. "We can wait for years."'],
			[
				{ rule: 'speaker-after/pronoun', speaker: 'Sergei Lavrov' },
				{ rule: 'speaker-after/pronoun', speaker: 'Sergei Lavrov' },
				{ rule: 'same-paragraph', speaker: 'Sergei Lavrov' },
			],
		],
		// A participle after a quotation names no one new: the next quotation is still the speaker's.
		[
			[LAVROV, '"We will not back down," he told reporters. "We have said so," adding Moscow would wait. "We can wait for years."'],
			[
				{ rule: 'speaker-after/pronoun', speaker: 'Sergei Lavrov' },
				{ rule: 'same-paragraph', speaker: 'Sergei Lavrov' },
				{ rule: 'same-paragraph', speaker: 'Sergei Lavrov' },
			],
		],
		// A source the article does not name spoke in between: the quotation after it is not the last named speaker's.
		[
			[
				LAVROV,
				'Lavrov said the report was "a provocation by the West." "We will destroy ' +
					'the plotters to the last one," the report warned. "The attack begins now."',
			],
			[
				{ rule: 'speaker-before/name', speaker: 'Sergei Lavrov' },
				{ rule: 'unnamed-after/generic-source', speaker: null },
				{ rule: 'none', speaker: null },
			],
		],
	],
	'introduced-before': [
		[
			['On Monday ESPN suspended Jemele Hill for two weeks.', 'In a statement ESPN said,', '"Jemele Hill has been suspended for two weeks."'],
			[{ rule: 'introduced-before/name', speaker: 'ESPN' }],
		],
		[
			['On Monday John Smith quit.', 'In a statement, Smith said:', '"I leave with a heavy heart and many thanks."'],
			[{ rule: 'introduced-before/name', speaker: 'John Smith' }],
		],
		// A short object between the verb and the colon closing the paragraph.
		[
			['The protest camp grew.', 'But here is how the Daily Courier describes the scene:', '“Welcome to the free zone, where all was free.”'],
			[{ rule: 'introduced-before/name', speaker: 'Daily Courier' }],
		],
		[
			['Anna Berg spoke at the rally.', 'She told the crowd in the square:', '“We will not leave until the law is changed.”'],
			[{ rule: 'introduced-before/pronoun', speaker: 'Anna Berg' }],
		],
		// A colon after the one person a sentence opens with, whatever the verb.
		[
			['Executive Dow Constantine issued this statement as the demonstration was underway Sunday afternoon:', '“We fought a Civil War, and you lost.”'],
			[{ rule: 'introduced-before/sentence-subject', speaker: 'Dow Constantine' }],
		],
		// Not what someone reads out: the words are the document's author's.
		[
			['Judge Maria Lopez read the jury\'s verdict aloud:', '"We find the defendant guilty of all charges before this court."'],
			[{ rule: 'none', speaker: null }],
		],
		// Words after the verb: the paragraph is a report of its own, not an introduction (the passes after it decide).
		[
			['On Monday ESPN suspended Jemele Hill.', 'ESPN said it acted quickly,', '"Nobody is above the guidelines here."'],
			[{ rule: 'continuation', speaker: 'ESPN' }],
		],
	],
	'opener-before': [
		// No cue and no one speaking in the paragraph: the one person the sentence before opened with.
		[
			[
				'Rep. Robert Aderholt questioned the NASA chief.',
				'Aderholt returned to the issue later in the hearing. “What commercial launch vehicles exist today that can launch the lander?”',
			],
			[{ rule: 'opener-before', speaker: 'Robert Aderholt' }],
		],
		// Not words that open with his pronoun: they tell of him.
		[
			['Rep. Robert Aderholt questioned the witness.', 'Aderholt leaned forward. “He sat back and pointed at the chart, and then he left the room.”'],
			[{ rule: 'none', speaker: null }],
		],
		// Not when the sentence before names someone else too, nor when only a pronoun opens it.
		[
			['Rep. Robert Aderholt questioned Jim Bridenstine.', 'Aderholt returned to Bridenstine later. “What commercial launch vehicles exist today?”'],
			[{ rule: 'none', speaker: null }],
		],
	],
	'pronoun-opener-before': [
		// No cue and no one speaking in the paragraph: the sentence before has for subject the pronoun of the one the story is about.
		[
			[
				'Tony Blair sat in his office in London on Tuesday, a month after the election.',
				'“I think it will be hard for the Tories,” Blair said.',
				'He is more emphatic when discussing Ukraine. “We should give Ukraine all the help we can.”',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'Tony Blair' },
				{ rule: 'pronoun-opener-before', speaker: 'Tony Blair' },
			],
		],
		// "As we say goodbye, he looks aghast.": the pronoun may open the main clause.
		[
			['Tony Blair sat in his office in London on Tuesday.', 'As we say goodbye, he looks aghast. “It’s incredible, I mean, amazing!”'],
			[{ rule: 'pronoun-opener-before', speaker: 'Tony Blair' }],
		],
		// Not when the pronoun means someone else, named since: "he" is Alastair Campbell, whose words these are not.
		[
			[
				'Tony Blair sat in his office in London on Tuesday. Blair was calm and Blair was tired.',
				'Alastair Campbell, his old press secretary, now sells out concert halls.',
				'As we say goodbye, he looks aghast. “It’s incredible, I mean, amazing!”',
			],
			[{ rule: 'none', speaker: null }],
		],
	],
	continuation: [
		// A document no one is named for reads the words: not the last speaker's, though the quotation fills its paragraph.
		[
			[
				'The Washington Post suspended Felicia Sonmez. “The policy is vague,” Tom Jones said.',
				'“Post journalists must refrain from writing anything that could be perceived as bias,” one paragraph reads.',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'Tom Jones' },
				{ rule: 'none', speaker: null },
			],
		],
		// A paragraph of quotation after a question told with its asker answers it: no continuation of the asker.
		[
			[
				'Anna Berger interviewed Paul Hensley.',
				'"You are worried about it, after all?" Hensley interjected.',
				'"Listen, it is not about me. It is about the voters."',
			],
			[
				{ rule: 'speaker-after/name', speaker: 'Paul Hensley' },
				{ rule: 'none', speaker: null },
			],
		],
		// "according to" after the quotation names its own source, though it ends in "-ing": no continuation.
		[
			[
				'The article was online for one day when John Burdett told her to take it down. He said it was not accurate.',
				'“Ms. O and her students have distinguished themselves across the state,” according to an online bio on the school website.',
			],
			[{ rule: 'none', speaker: null }],
		],
		// A paragraph between whose subject from its start is the speaker's pronoun, though it names someone else.
		[
			[
				'“I think the only thing anyone will learn is that there are things to think about strategically,” says Tony Blair.',
				'If he has one piece of advice for Keir Starmer it is introducing identity cards.',
				'“In the end, they will explore it, because everybody should have an electronic health record.”',
			],
			[
				{ rule: 'speaker-after/name-after', speaker: 'Tony Blair' },
				{ rule: 'continuation', speaker: 'Tony Blair' },
			],
		],
		[
			[LAVROV, '"We will not back down from our position," Lavrov said.', '"We have said so many times before."'],
			[
				{ rule: 'speaker-after/name', speaker: 'Sergei Lavrov' },
				{ rule: 'continuation', speaker: 'Sergei Lavrov' },
			],
		],
		// A verb of saying with no quotation ("disputed the notion that …") makes a speaker the next paragraph continues.
		[
			[
				'Special envoy Elliott Abrams spoke on Tuesday.',
				'Abrams disputed the notion that the withdrawal pointed to a lack of confidence in the opposition.',
				'“The fact is that today the regime has the guns.”',
			],
			[{ rule: 'continuation', speaker: 'Elliott Abrams' }],
		],
		[
			[
				'While expressing dismay at the arrests, European Parliament official Guy Verhofstadt also conveyed his support for the protesters.',
				'“From Russia to China, repressive regimes are trying to suppress political opposition.”',
			],
			[{ rule: 'continuation', speaker: 'Guy Verhofstadt' }],
		],
	],
	'compiled-statements': [
		// No cue, in a digest of one person's statements: theirs; not a body's own words ("The Foreign Ministry advises").
		[
			[
				'Russian Foreign Ministry Spokeswoman Maria Zakharova spoke during a briefing.',
				'TASS has compiled the diplomat’s key statements.',
				'Western nations are preparing for a revanche in the republic: "They appear to be waiting for an opportune moment."',
				'The Foreign Ministry advises Russian nationals "to take the current circumstances" into account.',
			],
			[
				{ rule: 'compiled-statements', speaker: 'Maria Zakharova' },
				{ rule: 'none', speaker: null },
			],
		],
		[
			[
				'Sergei Lavrov spoke in Moscow.',
				'Reporters have gathered Lavrov’s main remarks.',
				'The West "would nullify all integration achievements" there.',
			],
			[{ rule: 'compiled-statements', speaker: 'Sergei Lavrov' }],
		],
	],
	answer: [
		// The reporter's question names someone else; the answer is the interviewee's, the person the story is about.
		[
			[LAVROV, 'Lavrov was in a good mood, and Lavrov took questions.', 'What would Antony Blinken make of it?', '"He will understand us, in the end."'],
			[{ rule: 'answer', speaker: 'Sergei Lavrov' }],
		],
	],
	'described-before': [
		// The second quotation of the paragraph is the described official's too; its source says so (see below).
		[
			['One U.S. defense official said a raid was unlikely.', '“Were they arrested?” the official said. “There have been no demands.”'],
			[
				{ rule: 'unnamed-after/title', speaker: null },
				{ rule: 'described-before', speaker: null },
			],
		],
	],
};

describe('quote passes: who said a quotation', () => {
	it('GIVEN the ordered list THEN every pass has its table of examples', () => {
		expect(QUOTE_PASSES.map((p) => p.id)).toEqual(Object.keys(QUOTE_TABLE));
	});

	for (const [rule, rows] of Object.entries(QUOTE_TABLE)) {
		it.each(rows)(`GIVEN %j THEN ${rule} decides`, (paragraphs, expected) => {
			expect(quoteRules(...paragraphs)).toEqual(expected);
		});
	}

	it("GIVEN a quotation no pass attributes THEN it is nobody's and its rule says so", () => {
		expect(quoteRules('The weather was mild.', '"We will not back down from our position."')).toEqual([{ rule: 'none', speaker: null }]);
	});
});

/** The rule, speaker and described source of each quotation in a handmade article. */
function quoteSources(...paragraphs: string[]) {
	const facts = build(paragraphs);
	return facts.quotes.map((q) => ({ rule: q.rule, speaker: nameOf(facts, q.speaker), source: q.source?.text ?? null }));
}

describe('an unnamed speaker, described as the article writes it', () => {
	it.each([
		[
			['Envoys met the rebels in Oman.', '“We met with them as part of efforts,” said a U.S. official briefed on the meeting.'],
			[{ rule: 'unnamed-after/described-after', speaker: null, source: 'a U.S. official briefed on the meeting' }],
		],
		[
			['“He is not entitled to immunity,” said one legal expert, as reported by the Independent.', '“He is vulnerable,” the expert warned.'],
			[
				{ rule: 'unnamed-after/described-after', speaker: null, source: 'one legal expert' },
				{ rule: 'unnamed-after/title', speaker: null, source: 'one legal expert' },
			],
		],
		[
			['“Since when does a prime minister say no?” a former Israeli official said on Friday.'],
			[{ rule: 'unnamed-after/generic-source', speaker: null, source: 'a former Israeli official' }],
		],
		// A body's spokesperson speaks for the body, which the article may name: no description of a person.
		[
			['“Dr. Redfield has testified four times,” a White House spokesperson said on Friday.'],
			[{ rule: 'unnamed-after/title', speaker: null, source: null }],
		],
		// "the official" is the one an indefinite description introduced in a sentence before, quoted or not.
		[
			[
				'Luke Somers, a photojournalist, said he was fine.',
				'One U.S. defense official said a raid was unlikely.',
				'“Were they arrested or held?” the official said.',
			],
			[{ rule: 'unnamed-after/title', speaker: null, source: 'One U.S. defense official' }],
		],
		// A description whose qualifier runs up to the verb before it, and the quotation after it in the paragraph.
		[
			['“Barr asked the Italians to assist,” a person familiar with the matter told the Washington Post. “It was not his first trip.”'],
			[
				{ rule: 'unnamed-after/title', speaker: null, source: 'a person familiar with the matter' },
				{ rule: 'described-before', speaker: null, source: 'a person familiar with the matter' },
			],
		],
		// A quotation after theirs in the paragraph, no one named between, is theirs too; not after a named speaker's.
		[
			[
				'One U.S. defense official said a raid was unlikely.',
				'“Were they arrested?” the official said. “There have been no demands.” Luke Somers spoke. “I am fine.”',
			],
			[
				{ rule: 'unnamed-after/title', speaker: null, source: 'One U.S. defense official' },
				{ rule: 'described-before', speaker: null, source: 'One U.S. defense official' },
				{ rule: 'same-paragraph', speaker: 'Luke Somers', source: null },
			],
		],
		// A named speaker, a generic source, and "a woman" with nothing to tell her by carry no description.
		[
			[LAVROV, '“We will not back down,” Lavrov said. “Nor will we,” officials said. “I was scared,” a woman said.'],
			[
				{ rule: 'speaker-after/name', speaker: 'Sergei Lavrov', source: null },
				{ rule: 'unnamed-after/generic-source', speaker: null, source: null },
				{ rule: 'unnamed-after/title', speaker: null, source: null },
			],
		],
	])('GIVEN %j THEN %j', (paragraphs, expected) => {
		expect(quoteSources(...paragraphs)).toEqual(expected);
	});
});

const STATEMENT_TABLE: Record<string, [paragraphs: string[], rules: { rule: string; speaker: string }[]][]> = {
	'according-to': [
		[['The economy grew by two percent last year, according to Statistics Canada.'], [{ rule: 'according-to/name-after', speaker: 'Statistics Canada' }]],
	],
	'verb-then-clause': [
		[[LAVROV, 'Lavrov said that Moscow would not change its position.'], [{ rule: 'verb-then-clause/name', speaker: 'Sergei Lavrov' }]],
		[[LAVROV, 'He told reporters that Moscow would not change its position.'], [{ rule: 'verb-then-clause/pronoun', speaker: 'Sergei Lavrov' }]],
		// A time before "that" is an adverbial ("insisted later that …"); a preposition's "that" is a determiner ("during that episode").
		[[LAVROV, 'He insisted later that Moscow would not change its position.'], [{ rule: 'verb-then-clause/pronoun', speaker: 'Sergei Lavrov' }]],
		[[LAVROV, 'Rivals praised the leadership he showed during that episode but distanced themselves from him.'], []],
	],
	'clause-then-verb': [
		[[LAVROV, 'Moscow would not change its position, Lavrov said.'], [{ rule: 'clause-then-verb/name', speaker: 'Sergei Lavrov' }]],
		// A verb before its own subject ("…, said the local guides", "…, said Sukh, the expert") shares none with the sentence's opener.
		[
			[
				'Kaan Karakaya posted photos. Amgalanbaatar Sukh studies argali.',
				'Karakaya also joined the hunt, said the local guides. Karakaya is favored by the office, said Sukh, the argali expert.',
			],
			[{ rule: 'clause-then-verb/name-after', speaker: 'Amgalanbaatar Sukh' }],
		],
		// The verb before its subject, and after it an apposition: the whole sentence before the comma was said.
		[
			[LAVROV, 'With Washington absent, Moscow will have greater influence, says Lavrov, a veteran of the ministry.'],
			[{ rule: 'clause-then-verb/name-after', speaker: 'Sergei Lavrov' }],
		],
		// An apposition left open holds the clause's comma: the person before it speaks, not where the person works.
		[
			['It is the dark art of spinning everything, as Richard Falk, professor emeritus of international law at Princeton explains.'],
			[{ rule: 'clause-then-verb/unclosed-apposition', speaker: 'Richard Falk' }],
		],
	],
};

describe('statement passes: indirect speech', () => {
	it('GIVEN the ordered list THEN every pass has its table of examples', () => {
		expect(STATEMENT_PASSES.map((p) => p.id)).toEqual(Object.keys(STATEMENT_TABLE));
	});

	for (const [rule, rows] of Object.entries(STATEMENT_TABLE)) {
		it.each(rows)(`GIVEN %j THEN ${rule} decides`, (paragraphs, expected) => {
			expect(statementRules(...paragraphs)).toEqual(expected);
		});
	}
});

describe('the driver', () => {
	it('GIVEN the same sentences read twice THEN the same decisions: no state is left between articles or calls', () => {
		const paragraphs = [LAVROV, '"We will not back down from our position," he said.', 'Lavrov said that Moscow would not change its position.'];
		expect(quoteRules(...paragraphs)).toEqual(quoteRules(...paragraphs));
		expect(statementRules(...paragraphs)).toEqual(statementRules(...paragraphs));
	});
});

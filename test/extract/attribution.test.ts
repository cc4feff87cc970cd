import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../src/extract/build.js';
import { articleOf, build, speech } from './handmade.js';

// Who said each quotation, in every form news text attributes it. A speaker is never guessed.

const LAVROV = 'Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow.';
const SAID = 'We will not back down from our position';
const quotesOf = (...paragraphs: string[]) => speech(build(paragraphs)).quotes;

describe('attribute: named speakers', () => {
	it('GIVEN "…," Lavrov said THEN speaker-after', () => {
		expect(quotesOf(LAVROV, `"${SAID}," Lavrov said.`)).toEqual([
			{ text: `${SAID},`, speaker: 'Sergei Lavrov', form: 'speaker-after', cue: 'Lavrov said' },
		]);
	});

	it('GIVEN "…," said a place\'s resident and a name THEN the name, past the place that qualifies the role', () => {
		expect(
			quotesOf('Kyiv was hit overnight.', '“It was a terrible night for all of us,” said Kyiv resident Svitlana Onofryichuk, 55.').map((q) => [
				q.speaker,
				q.form,
			]),
		).toEqual([['Svitlana Onofryichuk', 'speaker-after']]);
	});

	it('GIVEN a quotation opened after "X said … and warned him" that runs into the next paragraph, closed by "he said" THEN X', () => {
		const quotes = quotesOf(
			'US President Bill Clinton met Martin Lee on Friday.',
			'But Tung Chee-hwa said he was "disappointed" with Lee Friday and warned him "to please bear in mind that whatever he says it will be read.',
			'"The worst thing is to give people a wrong impression," he said.',
		);
		expect(quotes.map((q) => [q.speaker, q.form])).toEqual([
			['Tung Chee-hwa', 'multi-paragraph'],
			['Tung Chee-hwa', 'multi-paragraph'],
		]);
	});

	it('GIVEN "she" opening sentences of paragraphs that name no one THEN a "she said" further on is still hers', () => {
		const quotes = quotesOf(
			'Sally Quinn Whaley, a devout Baptist, knows what will fix her country.',
			'Donald Trump and Hillary Clinton are on the ballot. Trump spoke again on Monday, and Clinton answered him.',
			'After 36 years of growing tobacco, Quinn Whaley found a job bagging groceries.',
			'She is now on a list for a job at the recycling plant.',
			'In front of the house where she was born is a garden.',
			'It helps with the groceries.',
			'“First of the month, I pay out my bills,” she said the other day.',
		);
		expect(quotes.map((q) => [q.speaker, q.form])).toEqual([['Sally Quinn Whaley', 'pronoun']]);
	});

	it('GIVEN an interview: a paragraph of quotation after the reporter\'s question THEN the one interviewed, not the last quoted', () => {
		const quotes = quotesOf(
			'Tony Blair has written a book. Blair spoke to us in London, and Blair was relaxed.',
			'“It is a guide for leaders,” Blair said.',
			'Others praised it. “It is the most useful guide to politics I have read,” said George Osborne.',
			'What would Keir Starmer learn from his book?',
			'“That there are things to think about strategically that will help you govern better.”',
			'But you have just written a book for him, I say.',
			'“No, I wrote the book for leaders everywhere.”',
		);
		expect(quotes.map((q) => [q.speaker, q.form])).toEqual([
			['Tony Blair', 'speaker-after'],
			['George Osborne', 'speaker-after'],
			['Tony Blair', 'continuation'],
			['Tony Blair', 'continuation'],
		]);
	});

	it.each([
		['“It is useful,” says the former editor of the Standard, George Osborne.', 'George Osborne'],
		['“It was great,” said the party’s former leader, Jane Smith.', 'Jane Smith'],
		['“Nobody wants to spend,” said undecided voter Robbie Bostic, 39, a skeptic.', 'Robbie Bostic'],
		[
			'“We only have one Earth,” Panganga Pungowiyi, an organizer at the Indigenous Environmental Network, and a resident of ' +
				'St. Lawrence Island, in Alaska, told me.',
			'Panganga Pungowiyi',
		],
		['“There is plenty to talk about,” Sen. Roy Blunt, R-Mo., said, according to The New York Times.', 'Roy Blunt'],
		['“We are going to win today,” Rep. Bill Pascrell (D-N.J.), a member of the Ways and Means Committee, declared.', 'Bill Pascrell'],
		['"She did not deserve it," said Taylor\'s aunt, Bianca Austin.', 'Bianca Austin'],
		['Richard Falk, professor emeritus of international law at Princeton explains: “It justifies what is done.”', 'Richard Falk'],
	])(
		'GIVEN a name set beside a role or a relation, after several appositions or a party and state ("%s") THEN that person, not the last speaker',
		(paragraph, speaker) => {
			const quotes = quotesOf('Breonna Taylor was killed in March. “It was a long day,” Tony Blair said.', paragraph);
			expect(quotes.map((q) => q.speaker)).toEqual(['Tony Blair', speaker]);
		},
	);

	it.each([
		['She blasted Trump for conduct that was “shameful and wrong.”'],
		['She implored Democrats to “play it straight” on the vote.'],
		['“It is not over yet,” she opined.'],
	])('GIVEN a verb of speaking out before a partial quotation ("%s") THEN its subject', (sentence) => {
		expect(quotesOf('Lisa Murkowski voted no on Friday.', sentence).map((q) => [q.speaker, q.form])).toEqual([['Lisa Murkowski', 'pronoun']]);
	});

	it('GIVEN "said X, the California GOP’s delegate" and then "he said" THEN X: "he" is never a body', () => {
		const quotes = quotesOf(
			'It was no accident, said Shawn Steel, the California GOP’s delegate to the committee.',
			'“This was not done at the last minute,” he said.',
		);
		expect(quotes.map((q) => [q.speaker, q.form])).toEqual([['Shawn Steel', 'pronoun']]);
	});

	it('GIVEN "the president" in a story naming a president and a council vice president THEN the president', () => {
		const quotes = quotesOf(
			'President Donald Trump spoke on Monday.',
			'Michael Jackson, the city councilman and council vice president, was charged.',
			'Meanwhile, the president continues to oppose it. He tweeted, “MAIL-IN BALLOTS WILL BE A SCANDAL!”',
		);
		expect(quotes.map((q) => q.speaker)).toEqual(['Donald Trump']);
	});

	it('GIVEN a quoted question before "Schiff asked." THEN the asker, not the last speaker', () => {
		expect(
			quotesOf('Kurt Volker testified on Tuesday.', "\"So it's fair to say you have not fixed the 'Giuliani problem'?\" Schiff asked.").map((q) => [
				q.speaker,
				q.form,
			]),
		).toEqual([['Schiff', 'speaker-after']]);
	});

	it('GIVEN "says veteran industry analyst Ken Doctor" and "says Doctor" THEN the analyst, whose surname is also a title', () => {
		expect(
			quotesOf(
				'“There has not been a single year of revenue gain,” says veteran industry analyst Ken Doctor.',
				'“They see the way down as close to inevitable,” says Doctor.',
			).map((q) => q.speaker),
		).toEqual(['Ken Doctor', 'Ken Doctor']);
	});

	it('GIVEN an unclosed apposition holding commas of its own THEN the name before it', () => {
		expect(
			quotesOf(
				'“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the Council on Energy, ' +
					'Environment and Water think tank told reporters.',
			).map((q) => q.speaker),
		).toEqual(['Kurinji Selvaraj']);
	});

	it('GIVEN "X, a teacher at Richmond High School, said" then "he said" THEN X, never the school', () => {
		expect(
			quotesOf(
				'Joel Schlabach, a teacher at Richmond High School, said politicians have vilified educators.',
				'“They think they know better about education than us,” he said.',
			).map((q) => q.speaker),
		).toEqual(['Joel Schlabach']);
	});

	it('GIVEN "Secretary of State Mike Pompeo said the release "…" and a quoted paragraph after THEN Pompeo for both', () => {
		expect(
			quotesOf(
				'Secretary of State Mike Pompeo said the release “gives us hope for the success of peace negotiations.',
				'“We see these developments as hopeful signs.”',
			).map((q) => q.speaker),
		).toEqual(['Mike Pompeo', 'Mike Pompeo']);
	});

	it('GIVEN "X said that … Washington had concluded "…"" THEN the person reporting, not the capital', () => {
		expect(
			quotesOf(
				'Mike Pompeo said that after legal consultation Washington had concluded the settlements were ' +
					'"not, per se, inconsistent with international law", saying he trusted the courts.',
			).map((q) => q.speaker),
		).toEqual(['Mike Pompeo']);
	});

	it('GIVEN a name in a list ("a controller, Chromecast Ultra and three months") after a speaker THEN "he said" is still the speaker', () => {
		expect(
			quotesOf(
				'“Stadia is ready for players,” Jack Buser said.',
				'The bundle includes a controller, Chromecast Ultra and three months of service.',
				'“We have one of the largest private networks in the world,” he said.',
			).map((q) => q.speaker),
		).toEqual(['Jack Buser', 'Jack Buser']);
	});

	it('GIVEN "X, who represents Y, said … He said … would "…"" THEN X, not the client named in the relative clause', () => {
		expect(
			quotesOf(
				'Guard Michael Thomas was charged.',
				'Montell Figgins, who represents Thomas, said his client chose not to accept a plea. He said a guilty plea would “ruin his whole life.”',
			).map((q) => q.speaker),
		).toEqual(['Montell Figgins']);
	});

	it('GIVEN "…," an employer\'s possessive and a name with an apposition said THEN the name', () => {
		expect(
			quotesOf(
				'"Buying rides to the Moon enables NASA to do much more," NASA\'s Steve Clarke, ' +
					'deputy associate administrator for exploration, said in the statement.',
			).map((q) => q.speaker),
		).toEqual(['Steve Clarke']);
	});

	it('GIVEN "X, according to the White House, made a trip for a "…"" THEN the White House, never X or the dateline\'s agency', () => {
		expect(
			quotesOf(
				'(CNN) President Donald Trump, according to the White House, made an unscheduled trip to Walter Reed hospital on Saturday ' +
					'for a "quick exam and labs" as part of his physical.',
			).map((q) => q.speaker),
		).toEqual(['White House']);
	});

	it(
		'GIVEN "China\'s ambassador to Britain accused … and warned "…"" THEN neither China nor Britain; ' +
			'"ambassador to Britain Liu X" then "Liu said" THEN one person',
		() => {
			expect(
				quotesOf(
					'China’s ambassador to Britain accused the UK of meddling and warned that the government “will not sit on our hands” if unrest grows.',
				).map((q) => q.speaker),
			).toEqual([null]);
			expect(
				quotesOf(
					'China’s ambassador to Britain Liu Xiaoming spoke in London.',
					'Liu said that the army could be deployed, warning: “They are already there in the garrison.”',
				).map((q) => q.speaker),
			).toEqual(['Liu Xiaoming']);
		},
	);

	it('GIVEN "…," said a report from a firm THEN the firm', () => {
		expect(quotesOf('"The market is largely factoring in a recovery," said a report from Kotak Institutional Equities.').map((q) => q.speaker)).toEqual([
			'Kotak Institutional Equities',
		]);
	});

	it('GIVEN "he said, "…," the prosecutor\'s office said" THEN the man who said it, not the office reporting it', () => {
		expect(
			quotesOf(
				'Patrick Carlineo pleaded guilty on Monday to threatening the congresswoman in a call to the Justice Office.',
				'During the call, he asked about her work and said, “somebody ought to stop her for good," the Justice Office said.',
			).map((q) => q.speaker),
		).toEqual(['Patrick Carlineo']);
	});

	it('GIVEN a quoted question ending in an inner quotation before "Holmes testified." and "the 14th-ranked Schwartzman said" THEN those speakers', () => {
		expect(
			quotesOf('David Holmes was at lunch in Kyiv.', '“I then heard him ask, quote, ‘So he’s going to do the investigation?’” Holmes testified.').map(
				(q) => q.speaker,
			),
		).toEqual(['David Holmes']);
		expect(
			quotesOf('Diego Schwartzman beat Cristian Garin.', '"I think I played one of the best matches of the year," the 14th-ranked Schwartzman said.').map(
				(q) => q.speaker,
			),
		).toEqual(['Diego Schwartzman']);
	});

	it('GIVEN "…," X, a senior fellow at a centre, has written THEN X', () => {
		expect(
			quotesOf(
				'"If the U.S. imposes a tariff on televisions, the duty is paid at the border," ' +
				'Howard Gleckman, a senior fellow at the Tax Policy Center, has written. ' +
					'"The Chinese government pays nothing."',
			).map((q) => q.speaker),
		).toEqual(['Howard Gleckman', 'Howard Gleckman']);
	});

	it('GIVEN "…," said Lavrov THEN speaker-after with the inverted cue', () => {
		expect(quotesOf(LAVROV, `“${SAID},” said Lavrov.`)).toEqual([
			{ text: `${SAID},`, speaker: 'Sergei Lavrov', form: 'speaker-after', cue: 'said Lavrov' },
		]);
	});

	it('GIVEN Lavrov said: "…" THEN speaker-before', () => {
		expect(quotesOf(LAVROV, `Lavrov said: "${SAID}."`)).toEqual([
			{ text: `${SAID}.`, speaker: 'Sergei Lavrov', form: 'speaker-before', cue: 'Lavrov said' },
		]);
	});

	it('GIVEN a speaker named with his title before the quote THEN the title belongs to the role, not the name', () => {
		expect(quotesOf(`"${SAID}," Russian Foreign Minister Sergei Lavrov said.`)).toEqual([
			{ text: `${SAID},`, speaker: 'Sergei Lavrov', form: 'speaker-after', cue: 'Sergei Lavrov said' },
		]);
	});
});

describe('attribute: speakers with corporate roles', () => {
	it('GIVEN "says the resort\'s general manager X" THEN X: an owner may stand in the role before the name', () => {
		expect(
			quotesOf('“There is something restorative about arriving here,” says the resort’s general manager Garrett Turta.').map((q) => q.speaker),
		).toEqual(['Garrett Turta']);
	});

	it('GIVEN an apposition opening with a title abbreviation and naming the employer THEN the person, not the employer', () => {
		expect(quotesOf('“RPA can mimic human actions,” Saikat Ray, VP analyst at Gartner, explained to reporters.').map((q) => q.speaker)).toEqual([
			'Saikat Ray',
		]);
		expect(
			quotesOf('“We build custom models for specific tasks,” Peter White, SVP of enterprise AI at Automation Anywhere, told reporters.').map(
				(q) => q.speaker,
			),
		).toEqual(['Peter White']);
	});
});

describe('attribute: speakers by description', () => {
	it('GIVEN "the bureau said" closing a sentence with quoted words THEN the one organisation that is a bureau', () => {
		expect(
			quotesOf(
				'The Philippine Bureau of Fisheries and Aquatic Resources reported a collision.',
				'The vessel also “conducted dangerous maneuvers and tried to block the path” of the boat, the bureau said.',
			).map((q) => q.speaker),
		).toEqual(['Philippine Bureau of Fisheries and Aquatic Resources']);
	});

	it('GIVEN "It argued" opening the sentence after one that opens with a country THEN that country; after any other sentence, nobody', () => {
		const quoted = 'It argued that no obligation exists, when “the security concerns of a member state are severely undermined”.';
		expect(quotesOf('Israel did not appear at the hearings, but rejected the questions as biased.', quoted).map((q) => q.speaker)).toEqual(['Israel']);
		expect(quotesOf('Israel did not appear at the hearings.', 'The court heard many states.', quoted).map((q) => q.speaker)).toEqual([null]);
	});

	it('GIVEN "the senator, who recently said" THEN the person whose role is senator', () => {
		expect(
			quotesOf(
				'Montana senator Jon Tester bills himself as a moderate.',
				'But the senator, who recently said that he brings a "dirt-under-your-fingernails ' +
					'perspective to Washington," will have to avoid left-wing policies.',
			).map((q) => q.speaker),
		).toEqual(['Jon Tester']);
	});

	it('GIVEN "the lawmakers wrote" after "lawmakers on a committee", then "they wrote" THEN the committee', () => {
		expect(
			quotesOf(
				'Lawmakers on the House Select Committee requested information from the FBI.',
				'"For that reason, we seek additional information," the lawmakers wrote.',
				'Mike Gallagher and his colleagues asked for answers by May 10.',
				'"The threat of these schemes undermines our principles," they wrote.',
			).map((q) => q.speaker),
		).toEqual(['House Select Committee', 'House Select Committee']);
	});

	it('GIVEN "analysts at an organisation wrote" THEN the organisation', () => {
		expect(
			quotesOf(
				'“Companies should start preparing for wide-scale adoption of agents today,” analysts at Boston Consulting Group wrote recently in a report.',
			).map((q) => q.speaker),
		).toEqual(['Boston Consulting Group']);
	});
});

describe('attribute: speakers by reference', () => {
	it('GIVEN "…," he said THEN the pronoun is the last person named', () => {
		expect(quotesOf(LAVROV, `"${SAID}," he said.`)).toEqual([{ text: `${SAID},`, speaker: 'Sergei Lavrov', form: 'pronoun', cue: 'he said' }]);
	});

	it('GIVEN a second quotation "…," he continued THEN the same speaker by pronoun', () => {
		expect(
			quotesOf(
				'Chinese President Xi Jinping met Vladimir Putin.',
				'“Current relations were hard-won,” Xi told Putin.',
				'“China is willing to work together,” he continued.',
			),
		).toEqual([
			{ text: 'Current relations were hard-won,', speaker: 'Xi Jinping', form: 'speaker-after', cue: 'Xi told' },
			{ text: 'China is willing to work together,', speaker: 'Xi Jinping', form: 'pronoun', cue: 'he continued' },
		]);
	});

	it('GIVEN "she said" after a man spoke THEN the woman named before him, never the man', () => {
		expect(
			quotesOf(
				"Maria Gonzalez, the committee's chairwoman, met Mr Tom Walsh.",
				'"We will not back down," Gonzalez said.',
				'"The deal is close," Walsh said.',
				'"It is a good start," she said.',
			).map((q) => q.speaker),
		).toEqual(['Maria Gonzalez', 'Tom Walsh', 'Maria Gonzalez']);
	});

	it('GIVEN someone who opened a clause after the last speaker THEN "she" is her; someone introduced as a relation is not', () => {
		expect(
			quotesOf(
				'"The streets were dark," says Aisha Bakari. While Aisha waits, Mariam Juma hands a parcel over.',
				'She walks home. "It was difficult to find women in the streets," she says.',
			).map((q) => q.speaker),
		).toEqual(['Aisha Bakari', 'Mariam Juma']);
		expect(
			quotesOf('Linda Wu said her parents worked hard. Her mother, Jane Eng, was born in Texas.', '"I always remember the grocery store," she said.').map(
				(q) => q.speaker,
			),
		).toEqual(['Linda Wu']);
		expect(
			quotesOf(
				'"I can play a kind of Go that only a human can," Shin Jin-seo says.',
				'After his retirement, Lee Sedol searched for a new job. "I am looking for a new domain," he says.',
			).map((q) => q.speaker),
		).toEqual(['Shin Jin-seo', 'Lee Sedol']);
	});

	it('GIVEN "she" or "he" after someone else is named since the last speaker THEN the one named since, else nobody', () => {
		expect(
			quotesOf(
				'"People share what they fear," said Kate Starbird, a researcher.',
				'At briefings, President Donald Trump repeated the claim. "What do you have to lose?" he said.',
				'The answer, according to medical association president Dr. Patrice Harris, is your life. She warned that "there could be deaths" from it.',
			).map((q) => q.speaker),
		).toEqual(['Kate Starbird', 'Donald Trump', 'Patrice Harris']);
		expect(
			quotesOf(
				'Anthony Gutierrez, of Common Cause, said there is no political will.',
				'"We defend the state seriously," said the spokesman Marc Rylander.',
				'That makes it unlikely the commission, which Gutierrez described as toothless, will see change.',
				'"To me, it is a product of state leadership," he said.',
			).map((q) => q.speaker),
		).toEqual(['Marc Rylander', 'Anthony Gutierrez']);
		// A paragraph between that goes on about the speaker with the pronoun itself keeps to her.
		expect(
			quotesOf(
				'"It was hard," said Sally Quinn Whaley.',
				'She knows she will never vote for Hillary Clinton.',
				'"If we had more leaders," she said.',
			).map((q) => q.speaker),
		).toEqual(['Sally Quinn Whaley', 'Sally Quinn Whaley']);
	});

	it('GIVEN "says the mother of four" after "a mother of two" was introduced THEN not her: the person just quoted or introduced', () => {
		expect(
			quotesOf(
				'Saphina Ndali is a mother of two. "Light keeps us safe," she says.',
				'According to Amina Salum, 34, small traders gained confidence in trading ' +
					'later. "Nothing can harm us where there is light," says the mother of four.',
			).map((q) => q.speaker),
		).toEqual(['Saphina Ndali', 'Amina Salum']);
	});

	it('GIVEN a person first named inside what the speaker reported THEN "he said" after that person\'s deeds is still the speaker', () => {
		expect(
			quotesOf(
				'Mr Seabata Mokoena said the lease was issued in 2014 to one Mr Peter Makama of Maseru.',
				'He said Mr Makama later sold the lease.',
				'Mr Makama then left the country.',
				'"Nothing has been built since," he said.',
			).map((q) => q.speaker),
		).toEqual(['Seabata Mokoena']);
	});

	it('GIVEN "X weighed in" or "X remembered … and "…"" THEN X speaks', () => {
		expect(
			quotesOf(
				'Marc Benioff spoke at Dreamforce with Tim Cook.',
				'"We all miss Steve so much," Benioff weighed in.',
				'Cook remembered Jobs rehearsing there and "going way off script in a way that only he could do."',
			).map((q) => q.speaker),
		).toEqual(['Marc Benioff', 'Tim Cook']);
	});

	it('GIVEN an adverb between the subject and a reporting verb ("he aptly summarizes") THEN the subject speaks', () => {
		expect(quotesOf(LAVROV, `"${SAID}," he aptly summarizes.`).map((q) => [q.speaker, q.form])).toEqual([['Sergei Lavrov', 'pronoun']]);
		expect(quotesOf(LAVROV, `"${SAID}," Lavrov bluntly told reporters.`).map((q) => q.speaker)).toEqual(['Sergei Lavrov']);
	});

	it('GIVEN "the president" when two presidents were named THEN the one the story opens with', () => {
		expect(
			quotesOf(
				'President Lee Jae Myung will visit China on Sunday. He will hold a summit with Chinese President Xi Jinping.',
				'"We will deepen our ties," the president said.',
			).map((q) => q.speaker),
		).toEqual(['Lee Jae Myung']);
	});

	it('GIVEN a coordinated verb after "and only" or after an adverbial and a comma THEN the subject opening the sentence', () => {
		expect(
			quotesOf('Minister of Natural Resources, Mohlomi Moleko, would not confirm it and only said: “Ask them to submit a formal complaint.”').map(
				(q) => q.speaker,
			),
		).toEqual(['Mohlomi Moleko']);
		expect(
			quotesOf('Russia did not attend, but, in a written submission on Monday, rejected the case as “patently biased and one-sided”.').map(
				(q) => q.speaker,
			),
		).toEqual(['Russia']);
	});

	it('GIVEN an infinitive ("led Christie to suggest", "Sununu, a Haley backer, to urge") THEN the name before "to"', () => {
		expect(
			quotesOf('That talk led Chris Christie to suggest, on Wednesday evening, “She is going to get smoked, and you know it.”').map((q) => q.speaker),
		).toEqual(['Chris Christie']);
		expect(
			quotesOf('The poll inspired Governor Chris Sununu, a Haley backer, to urge Chris Christie to “be a hero” and quit.').map((q) => q.speaker),
		).toEqual(['Chris Sununu']);
	});

	it('GIVEN an apposition of places and relative clauses, or one whose closing comma is missing THEN the name before it', () => {
		expect(
			quotesOf('Novelist Jo Watson, from Johannesburg, who has written dozens of books, admitted that it was "not my vibe" at first.').map(
				(q) => q.speaker,
			),
		).toEqual(['Jo Watson']);
		expect(
			quotesOf('“He talks about compassion toward children,” Brian Gianforte, a 32-year-old member of the community said of his father.').map(
				(q) => q.speaker,
			),
		).toEqual(['Brian Gianforte']);
	});

	it('GIVEN "telling" after a dash THEN the subject of the sentence', () => {
		expect(
			quotesOf('Chris Christie quit—telling a town hall meeting in Windham, “It is clear to me tonight that there is no path.”').map((q) => q.speaker),
		).toEqual(['Chris Christie']);
	});

	it('GIVEN a surname with a title no full name carried ("Adv Tšosane") shared by relatives THEN the person the story opens with', () => {
		expect(
			quotesOf('Advocate Mokitimi Tšosane was born to Mphutlane and Matšosane Tšosane.', '“Education was my passion,” Adv Tšosane shares.').map(
				(q) => q.speaker,
			),
		).toEqual(['Mokitimi Tšosane']);
	});

	it('GIVEN "according to a study conducted by X" THEN the author speaks', () => {
		expect(
			quotesOf(
				'According to a study conducted by Teri Allery of North Dakota State University, ' +
					'street lighting has been around "since humans began living together."',
			).map((q) => q.speaker),
		).toEqual(['Teri Allery']);
	});

	it('GIVEN "…," the minister said THEN the person whose role is minister (title-only)', () => {
		expect(quotesOf(LAVROV, `"${SAID}," the minister said.`)).toEqual([
			{ text: `${SAID},`, speaker: 'Sergei Lavrov', form: 'title-only', cue: 'the minister said' },
		]);
	});
});

describe('attribute: a place completing a phrase', () => {
	it('GIVEN "neighbours along the Mekong River have agreed that “…”" THEN not the river, which completes "along the"', () => {
		const quotes = quotesOf('China and its neighbours along the Mekong River have agreed that "there is a greater need to boost unity".');
		expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['there is a greater need to boost unity', null]]);
	});
});

describe('attribute: a vice- or deputy title', () => {
	it.each([
		['“We are very happy to see you,” said the vice premier.', 'Ding Xuexiang'],
		['“We are very happy to see you,” the vice premier said.', 'Ding Xuexiang'],
		['“We are very happy to see you,” said the premier.', 'Li Qiang'],
	])('GIVEN a premier and a vice premier named, then "%s" THEN the one of that title', (text, speaker) => {
		const quotes = quotesOf('Premier Li Qiang and Vice Premier Ding Xuexiang met Lawrence Wong in Beijing.', text);
		expect(quotes.map((q) => [q.speaker, q.form])).toEqual([[speaker, 'title-only']]);
	});
});

describe('attribute: an office written short before a name', () => {
	it.each([
		['“This is fine,” the governor said.', 'speaker-after/title'],
		[
			'The governor, who took no questions after his remarks, anticipated the pushback.\n\n“I do not respond well to threats,” he said.',
			'speaker-after/pronoun',
		],
	])('GIVEN "Gov. Nathan Deal" named, then "%s" THEN the governor is Nathan Deal', (text, rule) => {
		const paragraphs = [
			'Gov. Nathan Deal on Monday vetoed the bill.',
			'“We will call for a veto session,” State Sen. Bill Heath said.',
			...text.split('\n\n'),
		];
		const facts = build(paragraphs);
		const quote = facts.quotes.at(-1)!;
		expect([facts.entities.find((e) => e.key === quote.speaker)?.name, quote.rule]).toEqual(['Nathan Deal', rule]);
	});
});

describe('attribute: a title with a nationality opening the sentence before "he said"', () => {
	it('GIVEN "The Qatari foreign minister met with X" and "In remarks to Y newspaper, he said" THEN the quotation is the minister\'s', () => {
		const quotes = quotesOf(
			'Qatari Minister of Foreign Affairs Sheikh Khalid bin Ahmed Al Marri said that talks had focused on the region.',
			'The Qatari foreign minister met with Paul Harrison in Geneva on Tuesday.',
			'In remarks to Al-Watan newspaper, he said that both officials reviewed developments.',
			'“We see that we have a lot of common views,” he stated.',
		);
		expect(quotes.at(-1)).toMatchObject({ speaker: 'Khalid bin Ahmed Al Marri', form: 'pronoun' });
	});
});

describe('attribute: partial, continued and interrupted quotations', () => {
	it("GIVEN words quoted inside the reporter's sentence THEN partial, and the sentence is also a paraphrase", () => {
		expect(speech(build([LAVROV, 'Lavrov said Moscow was "grateful to our Chinese friends" for their help.']))).toEqual({
			quotes: [{ text: 'grateful to our Chinese friends', speaker: 'Sergei Lavrov', form: 'partial', cue: 'Lavrov said' }],
			statements: [{ text: 'Moscow was "grateful to our Chinese friends" for their help', speaker: 'Sergei Lavrov', cue: 'Lavrov said' }],
		});
	});

	it('GIVEN words quoted mid-sentence and the cue closing the sentence THEN partial, by the speaker of the cue', () => {
		expect(quotesOf('While the move might look like a direct "challenge to the West," a deal is still possible, Sadeq Abu Amer told reporters.')).toEqual([
			{ text: 'challenge to the West,', speaker: 'Sadeq Abu Amer', form: 'partial', cue: 'Sadeq Abu Amer told' },
		]);
	});

	it('GIVEN a speaker whose apposition holds commas of its own THEN the name before the apposition', () => {
		expect(
			quotesOf(
				'Louise Brown, director of a crime prevention agency, Advisense, compared the tactics to ' +
					'"mafia methods, when criminals have infiltrated the public sector".',
			),
		).toEqual([
			{
				text: 'mafia methods, when criminals have infiltrated the public sector',
				speaker: 'Louise Brown',
				form: 'partial',
				cue: 'Louise Brown, director of a crime prevention agency, Advisense, compared',
			},
		]);
	});

	it('GIVEN "X\'s analysis of … showed that the "…"" THEN the owner of the document', () => {
		expect(quotesOf('TNO\'s analysis of the machine gun fire showed that the "only reasonable match" was a heavy weapon.').map((q) => q.speaker)).toEqual([
			'TNO',
		]);
	});

	it('GIVEN "the ruling party" among several parties THEN the party last named in the paragraph', () => {
		expect(
			quotesOf(
				'The Liberal Democratic Party and the Democratic Party for the People held rallies.',
				'Amid the scandal over LDP factions, the ruling party has vowed to “abolish in the future” funds for lawmakers.',
			).map((q) => q.speaker),
		).toEqual(['Liberal Democratic Party']);
	});

	it('GIVEN a paragraph that is all quotation after a quoted paragraph THEN a continuation by the same speaker', () => {
		expect(quotesOf(LAVROV, `"${SAID}," Lavrov said.`, '"The West must listen to us for once."')).toEqual([
			{ text: `${SAID},`, speaker: 'Sergei Lavrov', form: 'speaker-after', cue: 'Lavrov said' },
			{ text: 'The West must listen to us for once.', speaker: 'Sergei Lavrov', form: 'continuation', cue: null },
		]);
	});

	it('GIVEN a sentence where someone speaks without a reported clause THEN a whole-paragraph quotation after it is theirs', () => {
		expect(
			quotesOf(
				'Villagers met the chiefs. Thabo Molefe, a farmer, further accused the chiefs of selling land.',
				'"Our houses are cracked and our fields are ruined."',
			).map((q) => [q.speaker, q.form]),
		).toEqual([['Thabo Molefe', 'continuation']]);
	});

	it(
		'GIVEN a paragraph of narration about the last speaker alone THEN a quoted paragraph after it is still theirs; another person named breaks the thread',
		() => {
			const quoted = [
				'"The cracks in my house widen with every blast," Ms Rose Molapo said.',
				'She has already been forced to sell her field.',
				'"It is heartbreaking. They put prices on our land."',
			];
			expect(quotesOf(...quoted).map((q) => [q.speaker, q.form])).toEqual([
				['Rose Molapo', 'speaker-after'],
				['Rose Molapo', 'continuation'],
			]);
			expect(quotesOf(quoted[0]!, 'Her neighbour, Thabo Molefe, sold his field too.', quoted[2]!).map((q) => q.speaker)).toEqual(['Rose Molapo', null]);
		},
	);

	it("GIVEN a quotation interrupted by its attribution THEN both halves are the speaker's", () => {
		expect(quotesOf(LAVROV, '"We will not back down," Lavrov said. "The West must listen to us for once."').map((q) => [q.text, q.speaker])).toEqual([
			['We will not back down,', 'Sergei Lavrov'],
			['The West must listen to us for once.', 'Sergei Lavrov'],
		]);
		expect(quotesOf(LAVROV, '"We will not back down," Lavrov said, "and the West must listen to us."').map((q) => [q.text, q.speaker])).toEqual([
			['We will not back down,', 'Sergei Lavrov'],
			['and the West must listen to us.', 'Sergei Lavrov'],
		]);
	});

	it('GIVEN a quotation over two paragraphs THEN two multi-paragraph segments of the speaker, and no paraphrase of the quoted words', () => {
		expect(speech(build([LAVROV, `Lavrov said: "${SAID}.`, '"The West must listen to us for once."']))).toEqual({
			quotes: [
				{ text: `${SAID}.`, speaker: 'Sergei Lavrov', form: 'multi-paragraph', cue: 'Lavrov said' },
				{ text: 'The West must listen to us for once.', speaker: 'Sergei Lavrov', form: 'multi-paragraph', cue: 'Lavrov said' },
			],
			statements: [],
		});
	});
});

describe('attribute: no speaker is guessed', () => {
	it.each([
		['no reporting verb', ['It rained all day in the capital.', '"This is the worst flood in decades."']],
		['a banner', ['The protest was loud.', '"Down with the government now," read one banner.']],
		['"they said" with two people named', ['Sergei Lavrov and Wang Yi met in Beijing.', `"${SAID}," they said.`]],
		['anonymous officials', ['Sergei Lavrov met Wang Yi in Beijing.', `"${SAID}," officials said.`]],
	])('GIVEN %s THEN unattributed', (_case, paragraphs) => {
		expect(quotesOf(...paragraphs).map((q) => [q.speaker, q.form, q.cue])).toEqual([[null, 'unattributed', null]]);
	});

	it('GIVEN a whole-paragraph quotation said by "one resident" after a named speaker THEN nobody, not the previous speaker', () => {
		expect(
			quotesOf(LAVROV, `"${SAID}," Lavrov said.`, '“It is a disaster,” said one resident, who asked not to be named.').map((q) => [q.speaker, q.form]),
		).toEqual([
			['Sergei Lavrov', 'speaker-after'],
			[null, 'unattributed'],
		]);
	});

	it('GIVEN "the spokesman said" after an unnamed spokesman was introduced THEN nobody, not the last named speaker', () => {
		expect(
			quotesOf(LAVROV, `"${SAID}," Lavrov said.`, 'A Kremlin spokesman dismissed the meeting. "Nothing will come of it," the spokesman said.').map(
				(q) => q.speaker,
			),
		).toEqual(['Sergei Lavrov', null]);
	});

	it('GIVEN "she said" after an unnamed official spoke and a pair was named THEN nobody, not the last named speaker', () => {
		expect(
			quotesOf(
				'Recep Tayyip Erdogan met Volodymyr Zelensky in Ankara.',
				'"We need more air defence," Zelensky said.',
				'"The visit is important," said one official, who asked not to be named.',
				'Erdogan and Zelensky also spoke by phone last Sunday.',
				'"It was a productive day," she said.',
			).map((q) => q.speaker),
		).toEqual(['Volodymyr Zelensky', null, null]);
	});

	it.each([
		['someone found something, not said it', ['Detective Jane Roe found the letter in the car.', '“I will never forgive what you did to our family.”']],
		[
			'an unnamed spokesman introduced in the paragraph before',
			[
				'“We will respond firmly to any threat,” Sergei Lavrov said.',
				'A Kremlin spokesman later dismissed the meeting.',
				'“Nothing will come of it at all,” the spokesman said.',
			],
		],
		[
			'"It is believed" after a country',
			['Russia denied the accusation on Monday.', 'It is believed that “the missiles were fired from Belgorod” in the night.'],
		],
		[
			'"the driver, who said" after a named police chief',
			[
				'“We are investigating every report,” Police Chief John Smith said.',
				'Officers later detained the driver, who said “I was at home all night long.”',
			],
		],
		['fans of a singer', ['“The tickets are far too expensive for us,” fans of Taylor Swift said.']],
		[
			'"the mine manager" after a villager spoke',
			[
				'“The cracks widen with every blast,” Ms Rose Molapo said.',
				'The mine manager insists he follows every rule.',
				'“We have never broken a single safety law here.”',
			],
		],
		[
			'"the governor said" after a state senator spoke, with no governor named',
			[
				'“I am extremely disappointed,” State Sen. Josh McKoon told reporters.',
				'Earlier this year, the governor said he would reject any measure that “allows discrimination in our state.”',
			],
		],
		[
			'"he urged" after "the governor said" named no one known',
			[
				'“I am extremely disappointed,” State Sen. Josh McKoon told reporters.',
				'The governor said he would reject any measure that “allows discrimination in ' +
					'our state.” He urged Republicans to “recognize that the world is changing.”',
			],
		],
		[
			'"he said" after a sentence opened by a title that names no one known ("The governor, who …,")',
			[
				'“We will call for a veto session,” State Sen. Bill Heath said.',
				'The governor, who took no questions after his remarks, anticipated the pushback.',
				'“I do not respond well to insults or threats,” he said.',
			],
		],
		[
			'a passive verb of saying after a coordinated one ("X was called in and was told")',
			['Capt. Kathleen Wilder was called into the office and was told she was being dropped for “caching equipment during the exercise.”'],
		],
		[
			'another speaker in the paragraph between',
			[
				'“The cracks widen with every blast,” Ms Rose Molapo said.',
				'A police spokesman said he had received no complaints.',
				'“We investigate every single report we receive.”',
			],
		],
		[
			'"the ministry said" before the one ministry the story names, which is another country\'s',
			[
				'The foreign ministry summoned the Peruvian ambassador on Monday. “The envoy was asked to explain the remarks at once,” the ministry said.',
				'Peru’s Ministry of Trade later rejected the complaint.',
			],
		],
	])("GIVEN %s THEN the last quotation is nobody's", (_case, paragraphs) => {
		expect(quotesOf(...paragraphs).at(-1)?.speaker).toBeNull();
	});

	it.each([
		[
			"a question followed by another's reply",
			['Adam Schiff then asked, "Who told you that?" Gordon Sondland replied that it was Giuliani.'],
			'Adam Schiff',
		],
		[
			'"they said" after a body spoke by name and other people were named',
			[
				'The European Union said in a statement that it would impose tariffs on whiskey.',
				'Kentucky distillers are worried. "This could ruin us," they said.',
			],
			null,
		],
		[
			'"the officials said" after another group of officials',
			[
				'Officials from the World Health Organization arrived in Wuhan on Monday.',
				'Chinese health officials gave them access to the market. "We have nothing to hide," the officials said.',
			],
			null,
		],
		[
			'"he said" after "X and his officers" did something',
			[
				'Mayor John Brown said the city would help.',
				'Police chief Tom Jones and his officers searched the area overnight. "We found nothing at all," he said.',
			],
			'Tom Jones',
		],
		[
			'"X in turn told reporters it “…”" after claims that someone else would not come',
			[
				'Following claims that cornerback Richard Sherman would not attend, Chiefs wide receiver Tyreek Hill in turn told reporters ' +
					'it “would be great to go to the White House.”',
			],
			'Tyreek Hill',
		],
		[
			'"said GOP consultant X" after a body and a role',
			[
				'Two sources said another candidate may run.',
				'“There are candidates who will be in before we get off the phone,” said GOP consultant Michael Caputo.',
			],
			'Michael Caputo',
		],
		[
			'"he added" after a speaker described as working in a place',
			[
				'“It is always helpful to have validators,” said Robert Coon, a Republican political consultant in Little Rock.',
				'But Sanders, he added, “has a base of support out there.”',
			],
			'Robert Coon',
		],
	])('GIVEN %s THEN the quotation is not misattributed', (_case, paragraphs, speaker) => {
		expect(quotesOf(...paragraphs).at(-1)?.speaker).toBe(speaker);
	});

	it("GIVEN a gunman's words that a witness told of, reported by an office THEN not the witness", () => {
		expect(
			quotesOf('Witness Mary Jones said the gunman shouted, "You all deserve this," the District Attorney\'s Office said in a statement.').map(
				(q) => q.speaker,
			),
		).not.toContain('Mary Jones');
	});

	it('GIVEN two-word scare quotes or a title of a work THEN no quotation at all', () => {
		expect(quotesOf('Lavrov praised a “new era” of ties and said he liked “Crazy Rich Asians”.')).toEqual([]);
	});
});

describe('attribute: the outlet publishing the story', () => {
	it('GIVEN a story by Mediaite that writes "Mediaite asked", then a "she said" THEN never Mediaite, which is a body', () => {
		const paragraphs = [
			'Mediaite asked Grant to elaborate. We received a response from the communications manager, Molly Gannon. ' +
				'“We do not have anything additional to share,” she said in an email.',
		];
		const facts = buildFacts([{ ...articleOf(paragraphs), outlet: 'Mediaite' }], 'handmade');
		expect(facts.entities.find((e) => e.name === 'Mediaite')?.kind).toBe('organisation');
		expect(speech(facts).quotes.map((q) => q.speaker)).not.toContain('Mediaite');
	});
});

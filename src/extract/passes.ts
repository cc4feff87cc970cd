import type { Decision, Pass, SubjectSite } from './cues.js';
import * as quote from './quote-passes.js';
import type { QuoteDecision, QuoteSite } from './quote-passes.js';
import * as statement from './statement-passes.js';
import type { StatementDecision, StatementSite } from './statement-passes.js';
import * as subject from './subject-passes.js';
import * as party from './events/party-passes.js';
import type { PartyDecision, PartySite } from './events/party-passes.js';

// Every attribution pass, in the order it is tried. The first pass that decides wins and its id is recorded with
// the quote or statement, so `ask --explain` can say which rule decided and which were tried before it.

/** The subject written before a verb of saying: "Lavrov said", "the minister said", "he added". */
export const SUBJECT_BEFORE_PASSES: readonly Pass<SubjectSite, Decision>[] = [
	{ id: 'quoted-as-saying', doc: '"Putin was quoted by Interfax as saying": the one quoted, not the agency', find: subject.quotedAsSaying },
	{ id: 'passive-agent', doc: '"(characterized by the Washington Post as …)": a passive verb\'s speaker follows "by"', find: subject.passiveAgent },
	{ id: 'passive-hearer', doc: '"Wilder was told she was dropped": the subject of a passive verb of saying heard it', find: subject.passiveHearer },
	{ id: 'according-looks-ahead', doc: '"X, according to the White House, made": the source comes after "according to"', find: subject.accordingLooksAhead },
	{ id: 'possessive-noun', doc: '"Trump\'s tweets", "his remarks": a verb\'s form after a possessive is a noun', find: subject.possessiveNoun },
	{
		id: 'participle-after-comma',
		doc: '"Police arrested John Smith, saying": a participle after a comma has the sentence\'s subject',
		find: subject.participleAfterComma,
	},
	{ id: 'nothing-before', doc: '"…," said: no word before the verb in its clause', find: subject.nothingBefore },
	{ id: 'name-before-comma', doc: '"Das, a 33-year-old blogger, said": the name before an apposition', find: subject.nameBeforeComma },
	{ id: 'punctuation-between', doc: '"is not," said: punctuation between a word and the verb', find: subject.punctuationBetween },
	{ id: 'infinitive', doc: '"led Christie to suggest": the subject of the verb before "to"', find: subject.infinitive },
	{
		id: 'unclosed-apposition',
		doc: '"Brian Gianforte, a 32-year-old member of the community said": an apposition left open',
		find: subject.unclosedApposition,
	},
	{ id: 'group-of-name', doc: '"Victims of Harvey Weinstein said": the group, not the name after "of"', find: subject.groupOfName },
	{ id: 'person-of-firm', doc: '"David Watt of Rosenberg Research said": the person, not the firm', find: subject.personOfFirm },
	{ id: 'spokesperson-for', doc: '"a spokesperson for Chevron said": the body, or its spokesperson named later', find: subject.spokespersonFor },
	{ id: 'country-in-phrase', doc: '"China\'s ambassador to Britain accused": not the country completing the phrase', find: subject.countryInPhrase },
	{
		id: 'object-before-name',
		doc: '"the things Trump articulated …": a plural noun before the name is the verb\'s object',
		find: subject.objectBeforeName,
	},
	{ id: 'name', doc: '"Lavrov said", "the Kremlin said", "Beijing said": the name just before the verb', find: subject.name },
	{ id: 'document-owner', doc: '"TNO\'s report said": the owner of the document', find: subject.documentOwner },
	{ id: 'body-spokesperson', doc: '"an Amazon spokesperson said", then "the spokesperson said": the body', find: subject.bodySpokesperson },
	{ id: 'pronoun', doc: '"he said": the last speaker, or the person who opened a sentence since', find: subject.pronoun },
	{ id: 'it-opener', doc: '"It argued": the body the sentence before opened with', find: subject.itOpener },
	{ id: 'it-main-subject', doc: '"responding to what it called “…”, PG&E began": the body opening the main clause', find: subject.itMainSubject },
	{ id: 'relative-pronoun', doc: '"the group in Turkey, which says": the antecedent of "which" or "who"', find: subject.relativePronoun },
	{
		id: 'group-body',
		doc: '"the lawmakers wrote": the body the group was introduced with, or the two who spoke together',
		find: subject.groupBody,
	},
	{
		id: 'they-spokesperson',
		doc: '"Kym Lino, a spokesperson for Instagram, … “…,” they said": the one person so introduced',
		find: subject.theySpokesperson,
	},
	{ id: 'they-group', doc: '"they wrote": the body a group spoke for last, or the two people who spoke together', find: subject.theyGroup },
	{ id: 'first-person-writer', doc: '"I replied": the story\'s one author, when its body names them', find: subject.firstPersonWriter },
	{ id: 'generic-source', doc: '"officials said", "they said": a source the article does not name', find: subject.genericSource },
	{ id: 'title', doc: '"the minister said": the nearest person with that role; "a spokesman said" names nobody', find: subject.title },
	{ id: 'epithet', doc: '"the Western Springs Republican said": the one person named since the paragraph before', find: subject.epithet },
];

/** Who said a quotation: the cues around it first, then the discourse. */
export const QUOTE_PASSES: readonly Pass<QuoteSite, QuoteDecision>[] = [
	{ id: 'speaker-after', doc: '"…," Lavrov said / "…," he added: a person named right after the quotation', find: quote.speakerAfter },
	{ id: 'person-before-body-after', doc: 'he said, "…," the office said: the person before, not the body reporting it', find: quote.personBeforeBodyAfter },
	{ id: 'body-after', doc: '"…," the ministry said: a body named right after the quotation', find: quote.bodyAfter },
	{ id: 'cited-after', doc: '"…" (Screen Daily): the source named alone in brackets right after the quotation', find: quote.citedAfter },
	{
		id: 'compiled-for-state',
		doc: 'TASS has compiled the diplomat’s key statements. … Moscow stressed: "…": the state is the voice, the words the diplomat\'s',
		find: quote.compiledForState,
	},
	{ id: 'speaker-before', doc: 'Lavrov said: "…" / Wang said China "…": the nearest cue before it in its sentence', find: quote.speakerBefore },
	{ id: 'unnamed-after', doc: '"…," said one resident: a source after it that names nobody', find: quote.unnamedAfter },
	{ id: 'owner-of-saying', doc: '"Pompeo\'s reference to … “…”": the owner of a noun for what was said, before it', find: quote.ownerOfSaying },
	{ id: 'closing-cue', doc: 'a "challenge," a deal was possible, Abu Amer said: the cue closing the sentence', find: quote.closingCue },
	{
		id: 'later-cue-in-sentence',
		doc: '"…" is "…," Clinton said: the cue after a later quotation of the sentence, only the reporter\'s words between',
		find: quote.laterCueInSentence,
	},
	{ id: 'colon-after-subject', doc: 'Lavrov was blunt: "…": the person opening the sentence a colon ends', find: quote.colonAfterSubject },
	{ id: 'run-in-head', doc: 'Fox\'s Rove: Deal Is "…": the one person of the surname a paragraph\'s run-in head gives', find: quote.runInHead },
	{ id: 'signed-below', doc: '"…" / – Daiki A., 23, an athlete: the person on the dash line under the quotation', find: quote.signedBelow },
	{
		id: 'outer-teller',
		doc: 'She went on to note that Trump had dismissed it as "…," but "…": the teller of the sentence, not the one reported',
		find: quote.outerTeller,
	},
	{ id: 'same-paragraph', doc: 'no cue: the speaker just before it in the same paragraph', find: quote.sameParagraph },
	{
		id: 'introduced-before',
		doc: 'In a statement ESPN said, / "…": a verb of saying closing the paragraph before, with a colon or comma after it or its object',
		find: quote.introducedBefore,
	},
	{ id: 'opener-before', doc: 'X returned to the issue. "…?": no cue, the one person who opened the sentence before it', find: quote.openerBefore },
	{
		id: 'pronoun-opener-before',
		doc: 'He is more emphatic. "…": no cue, the sentence before has for subject the pronoun of the one the story is about',
		find: quote.pronounOpenerBefore,
	},
	{ id: 'continuation', doc: 'a paragraph of quotation: whoever spoke in the paragraph before, unless it answers their question', find: quote.continuation },
	{
		id: 'compiled-statements',
		doc: 'TASS has compiled the diplomat’s key statements. / Kiev "…": no cue, a quotation in the digest is the diplomat\'s',
		find: quote.compiledStatements,
	},
	{ id: 'answer', doc: 'What would he advise? / "…": a paragraph of quotation after the reporter\'s question, the one interviewed', find: quote.answer },
	{
		id: 'described-before',
		doc: '"…?" the official said. "…": no cue, the unnamed person described as speaking just before in the paragraph',
		find: quote.describedBefore,
	},
];

/** Indirect statements, for each verb of saying outside quotations. */
export const STATEMENT_PASSES: readonly Pass<StatementSite, StatementDecision>[] = [
	{ id: 'according-to', doc: '"<clause>, according to X." / "According to X, <clause>."', find: statement.accordingTo },
	{ id: 'verb-then-clause', doc: '"Lavrov said (that) <clause>", "Wang told reporters that <clause>"', find: statement.verbThenClause },
	{ id: 'clause-then-verb', doc: '"<clause>, X said." / "<clause>, X told the AP."', find: statement.clauseThenVerb },
];

/** Who takes part in a contact event, from the words before its event word; the meeting records "parties.<id>". */
export const PARTY_PASSES: readonly Pass<PartySite, PartyDecision>[] = [
	{
		id: 'speaker-before-legislature',
		doc: '"Godongwana tabled the budget in parliament": the people of the sentence speak before it',
		find: party.speakerBeforeLegislature,
	},
	{ id: 'broker-takes-no-part', doc: '"the Emir brokered the talks between A and B": the broker is no party', find: party.brokerTakesNoPart },
	{ id: 'possessor-of-word', doc: '"John Kerry\'s visit to Japan": the possessor of the event word', find: party.possessorOfWord },
	{ id: 'people-after-between', doc: '"the summit between Trump and Kim": the people after "between"', find: party.peopleAfterBetween },
	{
		id: 'name-before-apposition-of-noun',
		doc: '"Charlie Dent, a Republican, put in a call to McCarthy": an event noun\'s subject set off before its clause',
		find: party.nameBeforeAppositionOfNoun,
	},
	{ id: 'people-around-noun', doc: '"Macron wants a telephone conversation with Putin": the people around a noun', find: party.peopleAroundNoun },
	{ id: 'subject-in-clause', doc: '"Lavrov met Wang", "where he and Durham met": the people before the verb in its clause', find: party.subjectInClause },
	{ id: 'unnamed-group-subject', doc: '"other top Obama aides met with": a group the article does not name', find: party.unnamedGroupSubject },
	{ id: 'teller-says-he', doc: '"Zelenskyy said he had spoken with Trump": the teller', find: party.tellerSaysHe },
	{ id: 'antecedent-of-who', doc: '"Erik Prince, who met with": the name before "who"', find: party.antecedentOfWho },
	{ id: 'pronoun-subject', doc: '"Wang Yi arrived. He is due to meet Putin": whom "he" stands for', find: party.pronounSubject },
	{
		id: 'pronoun-for-title-before',
		doc: '"The Iranian foreign minister, …, arrived, and he met": the one person with that title',
		find: party.pronounForTitleBefore,
	},
	{
		id: 'name-before-apposition',
		doc: '"Gunnar Strömmer, Minister of Justice, will meet": a verb\'s subject set off before its clause',
		find: party.nameBeforeApposition,
	},
	{
		id: 'people-before-verb',
		doc: '"Sweden\'s Minister of Justice, Gunnar Strömmer, will meet": the people before the verb',
		find: party.peopleBeforeVerb,
	},
	{ id: 'body-by-its-noun', doc: '"the commission will meet": the one body whose name ends in that noun', find: party.bodyByItsNoun },
	{ id: 'it-for-body', doc: '"The commission will meet …. It met …": the body of the event before', find: party.itForBody },
	{ id: 'sentence-opener', doc: '"India and Sri Lanka signed": the name or the states opening the sentence', find: party.sentenceOpener },
];

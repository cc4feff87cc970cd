import type { Meeting } from '../../facts/schema.js';
import {
	ADDRESSED_BODY_ENDS,
	ARRIVING_VERBS,
	AUDIENCE_NOUNS,
	CALLING_BY_VERBS,
	CALL_PURPOSE_VERBS,
	CONDUCTING_VERBS,
	GOING_VERBS,
	HOLDING_VERBS,
	INVITING_VERBS,
	LEGISLATORS,
	LEGISLATURES,
	MEAL_NOUNS,
	NOT_ROLE_WORDS,
	OPENING_VERBS,
	SIGNING_VERBS,
	TRAVEL_VERBS,
	VISITING_VERBS,
	WITH_TOPICS,
} from '../../lexicon/events.js';
import { alternation, capitalised } from '../../lexicon/words.js';
import { COUNT_WORDS, numberWords, WEEKDAY_NAME } from '../../lexicon/time.js';
import { COUNTRIES, DIRECTIONS, RESIDENCE_NOUNS } from '../../lexicon/places.js';

// The words that tell of a contact event, most specific first: a sentence reports one event per set of participants,
// and the first trigger to give a set decides its kind. Each trigger's id is the rule id recorded for the kind.

export interface Trigger {
	id: string;
	re: RegExp;
	/**
	 * Words (lower case, letters only) one of which every text the pattern matches holds: a sentence holding none is
	 * not read with the pattern, which spares most sentences every pattern (test/extract/triggers.test.ts checks them).
	 */
	words: readonly string[];
	kind: Meeting['kind'];
	/** A noun ("a visit", "talks") rather than a verb: it needs a date, a place or a named counterpart to count. */
	noun?: boolean;
	/** Travel: the first place or country after the word is where they went. */
	travel?: boolean;
	/** An envoy sent: every place after the word is a destination ("an envoy to Moscow and Kyiv"). */
	envoy?: boolean;
	/** The other party may be unnamed, written in lower case ("met relatives"). */
	unnamed?: boolean;
	/** The other party is a person the article names, never a state or a body ("told Fox News on Monday" is no meeting). */
	person?: boolean;
	/** An unnamed other party counts only when a role names it ("by the U.S. ambassador there", not "by an honor guard"). */
	byRole?: boolean;
	/** The visitor follows the word ("a visit by Nancy Pelosi to Taiwan", "the visit of Prince Faisal"). */
	visitorAfter?: boolean;
	/** One party is enough: a visit told with no destination ("X, Former Minister of Environment, visited on August 28"). */
	alone?: boolean;
	/** The other party is the group the words name, as written ("told lawmakers"), never someone named after it. */
	group?: boolean;
	/** An address to a body: the other party is an organisation ("address the African Union"). */
	audience?: boolean;
	/** The body named inside the words takes part ("at a U.N. Security Council emergency meeting"). */
	host?: boolean;
	/** Two parties at least, both after the word: "the agreement signed by Obama and Putin", never one signer alone. */
	between?: boolean;
	/** The legislature the words end with is the other party, as written ("opened the new session of Parliament"). */
	chamber?: boolean;
	/** Speaking is the meeting: whoever the sentence says spoke takes part ("In Parliament yesterday, Anwar explained"). */
	speech?: boolean;
	/** A body's own gathering, the body named after "of": it takes part, with whoever attends ("to attend the meeting of"). */
	ofBody?: boolean;
	/** The event is the sentence subject's own, told in an opening phrase ("During his visit in February, X met …"). */
	subjectsOwn?: boolean;
	/** The body after the word is the gathering chaired, not a party ("co-chair the Joint Council"). */
	chaired?: boolean;
	/** The kind that the noun ending the words names, where it is another than `kind` ("in a Senate hearing"). */
	nounKinds?: Readonly<Record<string, Meeting['kind']>>;
}

/** A group of legislators as written: "lawmakers", "his caucus", "fellow senators". */
export const TOLD_GROUP = new RegExp(String.raw`(?:(?:his|her|their|fellow|the)\s+)?(?:${alternation(LEGISLATORS)})\b`, 'i');

/** "two" or "three": a few visits, days or hours told by number. */
const FEW = alternation(numberWords(2, 3));
/** What is signed: "a joint statement", "seven agreements", "an MoU". */
const SIGNED_THINGS = String.raw`(?:statements?|agreements?|deals?|treaty|treaties|accords?|memorand(?:um|ums|a)|MoUs?|MOUs?|declarations?|pacts?|contracts?)`;

/** "address Trump’s reported skepticism", "address Iran’s missile program": a name's thing addressed is a topic, not a body. */
const POSSESSED_TOPIC = String.raw`(?!\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s\s+(?!(?:${alternation(AUDIENCE_NOUNS)})\b)\p{Ll})`;

/** A pattern written in parts, to keep each line readable. */
const pattern = (flags: string, ...parts: string[]) => new RegExp(parts.join(''), flags);
/** A verb of inviting, as a pattern: "invited", "invites", "inviting". */
const INVITING = alternation(INVITING_VERBS);
/** A meal's noun, as a pattern ("lunch", "state banquet"). */
const MEAL = alternation(MEAL_NOUNS);
/** A home's noun, as a pattern: "residence", "home" ("visited the residence of", "the residences of A and B"). */
export const RESIDENCE_NOUN = alternation(RESIDENCE_NOUNS);
/** Up to five words that name a gathering before its noun, none a word that opens another clause. */
const GATHERING_WORDS = String.raw`(?:(?!(?:before|after|while|when|then|and|or|but)\s)[\w.'’-]+\s+){0,5}?`;
/**
 * "the north", "the north-east": a region of the country the story is about, given by a point of the compass (not an
 * adjective, "the northern provinces"), where a trip may go.
 */
export const COMPASS_REGION = String.raw`the\s+(?:${[...DIRECTIONS]
	.filter((w) => /^(?:north|south|east|west)+$/.test(w))
	.map((w) => w.replace(/^(north|south)(east|west)$/, '$1-?$2'))
	.join('|')})(?![\w-])`;

/** A gathering's word, then "of" and a name, which may be owned or quoted ("meeting of Trump's "Board of Peace""). */
const GATHERING_OF = (words: string) =>
	new RegExp(String.raw`\b(?:${words})\s+of\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*['’]s\s+)?["“]?\p{Lu})`, 'gu');

export const TRIGGERS: Trigger[] = [
	// "the WTO ministerial conference", "the BRICS ministerial meeting": a gathering of ministers is a summit of theirs.
	{ id: 'kind.summit-word', re: /\bsummit\b|\bministerial\s+(?:conference|meeting)\b/gi, words: ['summit', 'ministerial'], kind: 'summit', noun: true },
	{
		id: 'kind.call-word',
		words: ['phone', 'telephone', 'phoned', 'telephoned', 'call'],
		re: pattern(
			'g',
			String.raw`\b(?:phone call|telephone call|video call|phone conversation|telephone conversation|phoned|telephoned|`,
			// "During a congratulatory call", "a 40-minute call": a few words of the call's kind, not "a wake-up call".
			String.raw`(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone|by (?:tele)?phone|(?:a|the|during a) `,
			String.raw`(?:(?:congratulatory|brief|lengthy|rare|late-night|\d+-minute|hour-long|half-hour|first|second) )?call)\b`,
		),
		kind: 'call',
		noun: true,
	},
	// "Biden called Netanyahu on Sunday", "called Xi to congratulate him": calling a person, then a time or a purpose;
	// not "called Kim a liar" or "called for".
	{
		id: 'kind.called-person',
		words: ['called', 'calls', 'rang'],
		re: pattern(
			'gu',
			String.raw`\b(?:called|calls|rang)\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:on\s+(?:${WEEKDAY_NAME}|the\s+phone)|late|early|last|this|yesterday|`,
			String.raw`today|after|before|from\s+(?:the|his|her)\s+(?:Oval\s+Office|White\s+House|plane|phone|car)|`,
			String.raw`to\s+(?:${alternation(CALL_PURPOSE_VERBS)}))\b)`,
		),
		kind: 'call',
	},
	// "told South Korea's new foreign minister Cho Hyun on Wednesday": telling someone named, on a named day, in person.
	{
		id: 'kind.told-person-on-day',
		words: ['told', 'tells'],
		re: new RegExp(String.raw`\b(?:told|tells)\s+(?=[^.;,"“]{0,80}?\b(?:on\s+)?${WEEKDAY_NAME}\b)`, 'g'),
		kind: 'meeting',
		person: true,
	},
	// "Mugabe had told President Jacob Zuma by telephone": telling someone by phone is a call with them.
	{
		id: 'kind.told-by-phone',
		words: ['phone', 'telephone'],
		re: /\b(?:told|tells|assured|informed)\s+(?=(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:by|over the|on the) (?:tele)?phone\b)/gu,
		kind: 'call',
	},
	{
		id: 'kind.signing-verb',
		words: [...SIGNING_VERBS],
		re: pattern(
			'g',
			String.raw`\b(?:${alternation(SIGNING_VERBS)})\s+(?:an?|the|several|${alternation(COUNT_WORDS)}|\d+|multiple|new)\s+`,
			String.raw`(?:[\w-]+\s+){0,3}?${SIGNED_THINGS}\b`,
		),
		kind: 'signing',
	},
	// "the 2011 agreement signed by Obama and Putin", "an MoU is to be signed between the two institutes": the signers after it.
	{
		id: 'kind.signed-by-parties',
		words: ['signed'],
		// The lookahead first: the costly lookbehind is tried only where a verb may begin.
		re: pattern(
			'g',
			String.raw`(?=(?:was|were|is|are|be|been|being|signed)\b)(?<=\b${SIGNED_THINGS}[”"’]?\s+(?:[^.;,]{0,40}?\s)?)`,
			String.raw`(?:(?:was|were|is|are|be|been|being)\s+)?signed\s+(?:by|between)\s+`,
		),
		kind: 'signing',
		between: true,
	},
	// "witnessed the signing of seven agreements": a signing named as a noun, its parties around it.
	{
		id: 'kind.signing-of',
		words: ['signing'],
		re: pattern('g', String.raw`\bsigning\s+(?:ceremony\s+)?(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?${SIGNED_THINGS}\b`),
		kind: 'signing',
		noun: true,
	},
	// "led a high-level delegation to Riyadh": the leader's trip.
	{
		id: 'kind.led-delegation',
		words: ['delegation'],
		re: /\b(?:led|leads|lead|leading|headed|heads)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\s+to\s+(?=(?:the\s+)?\p{Lu})/gu,
		kind: 'visit',
		travel: true,
	},
	{
		id: 'kind.envoy-sent',
		words: ['envoy', 'emissary', 'delegation'],
		re: /\b(?:dispatched|sent|sends|send|dispatches)\s+(?:an?\s+)?(?:\w+\s+)?(?:envoy|emissary|delegation)\s+to\b/g,
		kind: 'visit',
		travel: true,
		envoy: true,
	},
	// "since their precedent-shattering first meeting in Singapore": the pair the story is about.
	// The lookahead first: the costly lookbehind is tried only where the noun begins.
	{ id: 'kind.their-meeting', re: /(?=meeting\b)(?<=\btheir\s+(?:[\w-]+\s+){0,3})meeting\b/g, words: ['meeting'], kind: 'meeting', noun: true },
	{ id: 'kind.meeting-between', re: /\bmeeting\s+(?:between|involving|among)\b/gi, words: ['meeting'], kind: 'meeting', noun: true },
	// "discussed the Iraq crisis with Blair", "discussed Iraq with his British counterpart": a discussion with someone.
	{
		id: 'kind.discussed-with',
		words: ['discuss', 'discussed', 'discusses', 'discussing'],
		// The lookahead first: the costly lookbehind is tried only where "with" begins.
		// Not "discussed the war with Russia": a topic that takes "with" itself.
		re: new RegExp(
			String.raw`(?=with\s)(?<=\bdiscuss(?:ed|es|ing)?\s+(?:[^.;,"“”]{1,60}?\s)?)(?<!\b(?:${alternation(WITH_TOPICS)})\s)` +
				String.raw`with\s+(?=\p{Lu}|(?:his|her|their)\s)`,
			'gu',
		),
		kind: 'talks',
	},
	// "During a bilateral discussion, Sabry congratulated his Thai counterpart": a discussion of two, its parties around it.
	{
		id: 'kind.bilateral-discussion',
		re: /\b(?:bilateral|one-on-one|closed-door)\s+(?:discussions?|conversations?)\b/gi,
		words: ['discussion', 'discussions', 'conversation', 'conversations'],
		kind: 'talks',
		noun: true,
	},
	// "Iran and the United States have yet to set a date for a new round of talks": a round of talks, its parties before it.
	{
		id: 'kind.round-of-talks',
		re: /\brounds?\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|discussions|consultations)\b/g,
		words: ['talks', 'negotiations', 'discussions', 'consultations'],
		kind: 'talks',
		noun: true,
	},
	{
		id: 'kind.talks-between',
		words: ['talks', 'negotiations', 'discussions', 'consultations'],
		// "talks in Geneva between", "negotiations at the Kremlin with": a place may stand between; "negotiations began in
		// Washington last week between": and the verb of their start and its time.
		re: pattern(
			'g',
			String.raw`\b(?:talks|negotiations|discussions|consultations)\s+(?:(?:began|resumed|started|opened|ended)\s+)?`,
			String.raw`(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?`,
			String.raw`(?:(?:last|this|next)\s+(?:week|month)\s+|on\s+[A-Z][a-z]+day\s+)?(?:between|with|involving|among)\b`,
		),
		kind: 'talks',
		noun: true,
	},
	// "hosted a state banquet for Modi", "will host a lunch in honour of the visitors".
	{
		id: 'kind.hosted-meal-for',
		words: [...MEAL_NOUNS, 'reception'],
		re: pattern(
			'g',
			String.raw`\b(?:hosted|hosts|host|hosting|gave|gives|threw)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?`,
			String.raw`(?:${MEAL}|reception)\s+(?:for|in\s+honou?r\s+of)\b`,
		),
		kind: 'meeting',
	},
	// "Mr. Kim and Mr. Trump later shared a 90-minute dinner": a meal of its subjects.
	{
		id: 'kind.shared-meal',
		words: [...MEAL_NOUNS],
		re: pattern('g', String.raw`\b(?:shared|share|shares|sharing)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:${MEAL})\b`),
		kind: 'meeting',
	},
	// "during a joint news conference with Ethiopian Deputy Prime Minister Gedu Andargachew": they met to face the press.
	{
		id: 'kind.joint-press-conference',
		re: /\bjoint\s+(?:press|news)\s+(?:conference|briefing|appearance)\s+with\b/gi,
		words: ['joint'],
		kind: 'meeting',
		noun: true,
	},
	// "The two leaders and their wives were expected to attend a dinner": a meal its subjects attend together.
	{
		id: 'kind.attended-meal',
		words: [...MEAL_NOUNS, 'reception'],
		re: pattern('g', String.raw`\b(?:attend|attends|attended|attending)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:${MEAL}|reception)\b`),
		kind: 'meeting',
	},
	// "dined with Xi", "played golf with Abe", "the two leaders are scheduled to play golf": time spent together.
	// "huddling with Obama in the Oval Office", "the leaders huddled for 30 minutes": talking close together.
	{
		id: 'kind.shared-pastime',
		words: ['dined', 'dines', 'dine', 'dining', 'lunched', 'huddled', 'huddles', 'huddling', 'golf'],
		re: /\b(?:dined|dines|dine|dining|lunched|huddled|huddles|huddling|(?:played|plays|play|playing)\s+(?:a\s+round\s+of\s+)?golf)(?:\s+with\b)?/g,
		kind: 'meeting',
	},
	// "remembers running into McCarthy in 2009 during a layover": meeting someone by chance, named.
	{
		id: 'kind.ran-into',
		words: ['ran', 'run', 'runs', 'running', 'bumped', 'bump', 'bumping'],
		re: /\b(?:ran|runs|run|running|bumped|bumps|bump|bumping)\s+into\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu})/gu,
		kind: 'meeting',
		person: true,
	},
	// "was having breakfast with a hospital executive", "had lunch with Xi": a meal taken with someone is a meeting with them.
	{
		id: 'kind.meal-with',
		words: [...MEAL_NOUNS],
		re: pattern('gu', String.raw`\b(?:had|has|have|having|over)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:${MEAL})\s+with\s+(?=[a-z]|\p{Lu})`),
		kind: 'meeting',
		// Not "had dinner with his family": one not named counts when a role names them.
		unnamed: true,
		byRole: true,
	},
	// "spent the morning in the White House alongside Trump and the afternoon … in his office with Governor Jerry Brown":
	// time spent with someone, the part of the day told again after "and" for the next.
	{
		id: 'kind.spent-time-with',
		words: ['spent', 'spend', 'spends', 'spending', 'morning', 'afternoon', 'evening'],
		re: pattern(
			'gu',
			String.raw`\b(?:spent|spend|spends|spending)\s+(?:the|a|an|${FEW}|several|\d+)\s+`,
			String.raw`(?:[\w-]+\s+)?(?:morning|afternoon|evening|day|days|hours?|minutes|night)`,
			String.raw`\b[^.;,]{0,60}?\b(?:with|alongside)\s+(?=\p{Lu})|`,
			// Not "and the evening was quiet with Jerry Brown away": the part of the day with a verb of its own.
			String.raw`(?<=\bspent\s[^.;]{0,100})\band\s+the\s+(?:morning|afternoon|evening)(?:\s+(?!(?:was|were|is|are|had|has)\b)[^\s.;,]+){0,8}?`,
			String.raw`\s+(?:with|alongside)\s+(?=\p{Lu})`,
		),
		kind: 'meeting',
	},
	// "Seated in the Oval Office with Japanese Prime Minister Shinzo Abe, Mr. Trump said": seated together.
	{
		id: 'kind.seated-with',
		re: /\b(?:[Ss]eated|sat)\s+(?:[^,.;]{0,40}?\s)?(?:with|beside|alongside|next to)\b/g,
		words: ['seated', 'sat'],
		kind: 'meeting',
		noun: true,
	},
	// "flew with Trump on Air Force One to Kentucky": a trip taken together.
	{
		id: 'kind.travelled-with',
		re: /\b(?:flew|traveled|travelled|rode|journeyed)\s+with\s+(?=\p{Lu})/gu,
		words: ['flew', 'traveled', 'travelled', 'rode', 'journeyed'],
		kind: 'visit',
		travel: true,
		person: true,
	},
	// "joined Daly and Wallace in a tour of government-controlled Syria": a trip taken together.
	{
		id: 'kind.joined-trip',
		words: ['joined', 'joins', 'joining'],
		re: /\b(?:joined|joins|joining)\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+(?:and\s+)?){1,5}(?:in|on)\s+(?:a|an|the|his|her|their)\s+(?:trip|visit|tour)\b)/gu,
		kind: 'visit',
		travel: true,
		person: true,
	},
	// "joined Trump at the White House", "joined Modi on a visit to": being with a person somewhere, not "joined Trump in
	// criticizing" or "joined Klobuchar at a rally".
	{
		id: 'kind.joined-person',
		words: ['joined', 'joins', 'joining'],
		re: pattern(
			'gu',
			// Not "joined Summers at Harvard University": a post at a body.
			String.raw`\b(?:joined|joins|joining)\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:at\s+(?:the\s+)?`,
			String.raw`(?!(?:\p{Lu}\p{L}*\s+){0,3}(?:University|College|Institute|School)\b)\p{Lu}|aboard\b|`,
			String.raw`on\s+(?:a|an|the|his|her)\s+(?:trip|visit|tour)\b|`,
			String.raw`for\s+(?:a|an|the)\s+(?:meeting|dinner|lunch|breakfast|celebration|ceremony|trip|visit)\b))`,
		),
		kind: 'meeting',
		person: true,
	},
	// "was having breakfast with a hospital executive": a meal with someone, named or not.
	{
		id: 'kind.meal-with',
		re: pattern('gi', String.raw`\b(?:${MEAL})(?:\s+meeting)?\s+with\s+`),
		words: [...MEAL_NOUNS],
		kind: 'meeting',
		noun: true,
		unnamed: true,
	},
	// "stood alongside Trump at the White House", "beamed alongside Trump in the Oval Office": being with a person
	// somewhere, right after a verb of being there (not "fought alongside").
	{
		id: 'kind.alongside',
		words: ['alongside'],
		re: /(?=alongside\s)(?<=\b(?:stood|stands|sat|sits|appeared|appears|beamed|posed|walked)\s)alongside\s+(?=\p{Lu})/gu,
		kind: 'meeting',
		person: true,
	},
	// "paid a courtesy call on President Dissanayake": a formal visit to a person.
	{
		id: 'kind.courtesy-call',
		re: /\b(?:paid|pays|pay|paying|made|makes)\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+(?:on|to)\b/g,
		words: ['courtesy'],
		kind: 'meeting',
	},
	// "he called on PM Lee at the Istana": a call on a person at a place is a meeting with them; "called on Congress to" urges.
	// So is one on a day past a clause about the person: "called on Vice Premier He Lifeng, who oversees …, on Wednesday".
	{
		id: 'kind.called-on-person',
		words: ['called', 'calls', 'call'],
		re: new RegExp(
			String.raw`\b(?:called|calls|call) on\s+(?=(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:at|in|during)\s|` +
				String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s+who\s[^,.;]*,\s+on\s+${WEEKDAY_NAME}\b)`,
			'gu',
		),
		kind: 'meeting',
		person: true,
	},
	{ id: 'kind.exchanged-views', re: /\bexchanged\s+views\s+with\b/g, words: ['exchanged'], kind: 'talks' },
	{ id: 'kind.sat-down', re: /\bsat down(?:\s+again)?(?:\s+with\b)?/g, words: ['sat'], kind: 'talks' },
	// "President Donald Trump and former Vice President Joe Biden spoke Monday": two people who spoke, with each other.
	{
		id: 'kind.pair-spoke',
		words: ['spoke', 'talked'],
		re: pattern(
			'gu',
			// The lookahead first: the costly lookbehind is tried only where the verb begins.
			String.raw`(?=spoke|talked)(?<=\p{Lu}[\p{L}.'’-]*\s+and\s+(?:[\p{L}.'’-]+\s+){0,4}\p{Lu}[\p{L}.'’-]*\s+)`,
			String.raw`(?:spoke|talked)\b(?!\s+(?:to|at|before|out|of|on behalf|with|by|over)\b)`,
		),
		kind: 'call',
	},
	// "Pompeo spoke to South Korean Foreign Minister Kang Kyung-wha", "also spoke Thursday to …", "had spoken to the Sindh Chief
	// Minister Murad Ali Shah": speaking to a person the article names (not "spoke to reporters", "spoke to CNN").
	{
		id: 'kind.spoke-to-person',
		words: ['spoke', 'spoken', 'talked'],
		re: new RegExp(String.raw`\b(?:spoke|spoken|talked)\s+(?:${WEEKDAY_NAME}\s+)?(?:by (?:tele)?phone\s+)?to\s+(?=(?:the\s+)?\p{Lu}|(?:his|her)\s)`, 'gu'),
		kind: 'call',
		person: true,
	},
	// "conducting phone calls with counterparts from …", "held calls on Saturday morning with the heads of …": a round of
	// calls, with whom as written when the article names no one; not "calls for talks with".
	{
		id: 'kind.calls-with',
		words: ['calls'],
		re: /\b(?:(?:phone|telephone)\s+)?calls\s+(?:(?:on|this|last|early|late)\s+(?:[\w-]+\s+){0,2}?)?with\s+/g,
		kind: 'call',
		noun: true,
		unnamed: true,
	},
	{ id: 'kind.spoke-with', re: /\b(?:spoke|spoken|talked)\s+(?:by (?:tele)?phone\s+)?with\b/g, words: ['spoke', 'spoken', 'talked'], kind: 'call' },
	{ id: 'kind.conversations-with', re: /\bconversations?\s+with\b/g, words: ['conversation', 'conversations'], kind: 'talks', noun: true },
	// "has had a discussion with Russian FM Sergey Lavrov", "held fruitful talks with", "held talks in Jerusalem with" (the
	// place between); "carried on negotiations with Israel", "conducted talks with".
	{
		id: 'kind.held-talks-with',
		words: ['talks', 'discussion', 'discussions', 'negotiations'],
		re: pattern(
			'gu',
			String.raw`\b(?:${alternation([...HOLDING_VERBS, ...CONDUCTING_VERBS])})\s+`,
			String.raw`(?:\w+\s+){0,2}?(?:talks|discussions?|negotiations)`,
			String.raw`(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+with\b\s*`,
		),
		kind: 'talks',
		// "has held talks with Iranian and American counterparts": people the article does not name, given by their role.
		unnamed: true,
		byRole: true,
	},
	{ id: 'kind.talks-with', re: /\btalks\s+with\b/g, words: ['talks'], kind: 'talks', noun: true },
	// "trilateral Russia-Ukraine-US talks", "the U.S.-China negotiations": the parties joined before the noun.
	{
		id: 'kind.joined-parties-talks',
		words: ['talks', 'negotiations', 'meeting'],
		// The lookahead first: the costly lookbehind is tried only where the noun begins.
		re: /(?=talks|negotiations|meeting)(?<=\p{Lu}[\p{L}.]*[-–]\p{Lu}[\p{L}.]*(?:[-–]\p{Lu}[\p{L}.]*)*\s+)(?:talks|negotiations|meeting)\b/gu,
		kind: 'talks',
		noun: true,
	},
	{
		id: 'kind.held-talks',
		words: ['talks', 'discussions'],
		// "X and Y have had fruitful discussions on …": the subjects talked with each other.
		re: pattern(
			'g',
			// Not "the effect Sinwar may have on ceasefire talks".
			String.raw`\b(?:${alternation([...HOLDING_VERBS, ...OPENING_VERBS])})`,
			String.raw`(?!\s+(?:on|in|at|for|over|about|of|to|from)\b)\s+(?:[\w-]+\s+){0,2}?`,
			String.raw`(?:talks|discussions)\b(?!\s+with)`,
		),
		kind: 'talks',
	},
	{
		id: 'kind.travel-verb',
		words: [...VISITING_VERBS, ...TRAVEL_VERBS, ...GOING_VERBS, 'off', ...CALLING_BY_VERBS, ...ARRIVING_VERBS],
		re: pattern(
			'gu',
			// The lookbehind after the word boundary: it is tried where a word begins, not at every character.
			String.raw`\b(?<!\b(?:[Aa]n?|[Tt]he)\s|-)(?:${alternation(VISITING_VERBS)}|`,
			String.raw`(?:${alternation(TRAVEL_VERBS)}|${alternation(GOING_VERBS)}|(?:be|is|are|was|were) off)`,
			// "went directly to Devananda’s party office".
			String.raw`(?: on| directly| straight)? to|`,
			// "stopped by GLAAD’s offices": a call paid in passing.
			String.raw`(?:${alternation(CALLING_BY_VERBS)}) by|`,
			String.raw`(?:${alternation(ARRIVING_VERBS)}) in)\s+`,
			// "will visit the United States": a country written with "the" (not "the United States Capitol", a building).
			// "visited lawmakers on Capitol Hill": legislators seen, written in lower case.
			// "had visited the north two months ago": a region of the country by the compass.
			String.raw`(?=\p{Lu}|the\s+(?:${alternation(new Set(COUNTRIES.values()))})\b(?!\s+\p{Lu})|(?:${alternation(LEGISLATORS)})\b|${COMPASS_REGION}|`,
			// "visited the residence of former Mayor Chowdhury": a home named by its owner (not "the home of the late Sen.
			// John McCain", whom no one visits there).
			String.raw`(?:the\s+)?(?:${RESIDENCE_NOUN})s?\s+of\s+(?!(?:the\s+)?late\s)(?:\p{Ll}+\s+){0,2}\p{Lu})`,
		),
		kind: 'visit',
		travel: true,
	},
	// "visited former President Jimmy Carter", "visits security guard Guy Hooper": a person named after a role in lower case.
	{
		id: 'kind.visited-person',
		words: ['visited', 'visits', 'visit', 'visiting'],
		// Not "visiting the Deng Xiaoping commemorative marker", "overseas visits with Kings Nelson": no function word in the role;
		// not "visited hurricane-ravaged Puerto Rico": a compound participle qualifies a place.
		re: pattern(
			'gu',
			String.raw`\b(?<!\b(?:[Aa]n?|[Tt]he)\s|-)(?:visited|visits|visit|visiting)\s+`,
			String.raw`(?=(?:(?!(?:${alternation(NOT_ROLE_WORDS)})\s|[a-z]+-[a-z]+(?:ed|en)\s)[a-z-]+\s+){1,2}`,
			String.raw`\p{Lu}[\p{L}.'’-]*\s+\p{Lu})`,
		),
		kind: 'visit',
		person: true,
	},
	// "Prince Andrew stayed with Epstein in his New York City mansion": a stay with a host is a visit to them.
	{
		id: 'kind.stayed-with',
		re: /\b(?:stayed|stays|staying|stay)\s+with\s+(?=\p{Lu})/gu,
		words: ['stayed', 'stays', 'staying', 'stay'],
		kind: 'visit',
		person: true,
	},
	// "Antony Blinken is in Tel Aviv for talks", "is currently in Russia to take part", "is in Panama meeting with": being
	// somewhere for an event is a visit there.
	{
		id: 'kind.in-place-for',
		words: ['is', 'was', 'are', 'were'],
		re: pattern(
			'gu',
			String.raw`\b(?:is|was|are|were)\s+(?:currently\s+|now\s+|already\s+)?in\s+(?=(?:the\s+)?\p{Lu}[^.;,]{0,40}?\s+`,
			String.raw`(?:for|to\s+(?:attend|meet|hold|join|take part|participate)|meeting|attending|holding)\b)`,
		),
		kind: 'visit',
		travel: true,
	},
	{
		id: 'kind.visit-noun',
		words: ['visit', 'visits', 'trip', 'trips'],
		re: pattern(
			'gu',
			// A sentence may open with the determiner: "Her itinerary also included visits to IIT Delhi".
			String.raw`(?:\b(?:[Aa]|[Aa]n|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Tt]his|multiple|several|${FEW}|many|frequent|numerous)|['’]s)\s+`,
			// "a four-day visit to the north": a region by the compass.
			String.raw`(?:[\w-]+\s+){0,3}?(?:visits?|trips?)\s+to\s+(?=(?:the\s+)?\p{Lu}|${COMPASS_REGION})`,
		),
		kind: 'visit',
		noun: true,
		travel: true,
		alone: true,
	},
	// "During his five-day, three-city visit in February 2024, Mr. Dissanayake met …": an opening phrase of the subject's own
	// trip, told without where it went ("visit to" is kind.visit-noun).
	{
		id: 'kind.own-trip-opening',
		words: ['visit', 'trip', 'tour'],
		// The lookahead first: the costly lookbehind is tried only where the noun begins.
		re: pattern(
			'gu',
			String.raw`(?=(?:visit|trip|tour)\b)(?<=^\W*(?:[Dd]uring|[Oo]n|[Aa]fter|[Bb]efore)\s+(?:his|her|their)\s+(?:[\w,-]+\s+){0,3}?)`,
			String.raw`(?:visit|trip|tour)\b(?!\s+to\b)`,
		),
		kind: 'visit',
		noun: true,
		travel: true,
		alone: true,
		subjectsOwn: true,
	},
	// "Koizumi paid a visit to a controversial shrine in October": a visit paid, wherever it went, named or not.
	{
		id: 'kind.paid-visit',
		words: ['visit'],
		re: /\b(?:paid|pays|pay|paying|made|makes|make|making)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+to\s+(?=(?:a|an|the)\s+\p{Ll})/gu,
		kind: 'visit',
		noun: true,
		travel: true,
		alone: true,
	},
	// "a visit by the then-US house speaker, Nancy Pelosi, to Taiwan", "followed by the visit of His Excellency X, Minister of …".
	{
		id: 'kind.visit-by-visitor',
		words: ['visit', 'visits', 'trip', 'trips'],
		// Not "was accompanied on the trip by Sen. Hagel": "by" names the company, after a verb of its own.
		re: pattern(
			'gu',
			String.raw`(?=(?:visit|trip)s?\s)(?<!\b(?:accompanied|joined)\s+(?:on|in|during|for)\s+(?:the|this|that|his|her)\s+(?:[\w-]+\s+){0,2})`,
			String.raw`\b(?:visit|visits|trip|trips)\s+(?:by|of)\s+(?=(?:the\s+)?[\p{L}-]*\s*\p{Lu})`,
		),
		kind: 'visit',
		noun: true,
		travel: true,
		visitorAfter: true,
		alone: true,
	},
	// "X, Former Minister of Environment, visited on August 28, 2022": the place is the story's, not written.
	{
		id: 'kind.visited-on-date',
		words: ['visited', 'visits'],
		re: /\b(?:visited|visits)\s+(?=(?:on|from|in|between|during)\s+(?:\p{Lu}|\d))/gu,
		kind: 'visit',
		travel: true,
		alone: true,
	},
	// "Mr Yang was also hosted to lunch by Senior Minister Teo", "was met … by the U.S. ambassador there": whom, after "by".
	{
		id: 'kind.passive-host',
		words: ['hosted', 'received', 'welcomed', 'met', 'accorded', 'given'],
		re: pattern(
			'g',
			String.raw`\b(?:was|were|is|are|been|being)\s+(?:also\s+|later\s+|then\s+|warmly\s+)?`,
			// "was accorded a ceremonial welcome by Murmu and Modi".
			String.raw`(?:hosted|received|welcomed|met|(?:accorded|given)\s+an?\s+(?:[\w-]+\s+)?(?:welcome|reception))\b[^.;,]{0,60}?\bby\s+`,
		),
		kind: 'meeting',
		unnamed: true,
		byRole: true,
	},
	{
		id: 'kind.host-verb',
		words: ['hosted', 'hosting', 'welcomed', 'welcomes', 'welcome', 'received', 'receives', 'greeted', 'greets', 'hosts', 'host'],
		// Not the noun: "local radio host David Bellavia", "the host Qatar" (a name before "host" is decided where the names
		// are known); nor "you host The Daily Stormer", a website's.
		re: pattern(
			'gu',
			String.raw`\b(?:hosted|hosting|welcomed|welcomes|welcome|received|receives|greeted|greets|`,
			String.raw`(?<!\b(?:a|an|the|his|her|their|its|radio|show|talk|television|TV|podcast|game|co|you)[\s-])`,
			String.raw`(?:hosts|host))`,
			String.raw`\s+(?=(?:\p{Lu}|(?:the|his|her|their) \p{Lu}))`,
			// Not "welcomed the Group of Seven’s (G7) “unwavering commitment”": words of someone's, quoted, are welcomed.
			String.raw`(?!(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of|and|\p{Lu}[\p{L}.-]*)){0,4}['’]s\s+(?:\([^()]{1,12}\)\s+)?["“])`,
		),
		kind: 'visit',
		unnamed: true,
	},
	{
		id: 'kind.met-named',
		// "has met three times with Kim", "met privately with Zarif": how often or how, between the verb and whom.
		re: pattern(
			'gu',
			String.raw`\b(?:met|meets|meet|[Mm]eeting)\s+(?:(?:again|twice|once|privately|secretly|separately|briefly|personally|`,
			String.raw`(?:${alternation(numberWords(2, 5))}|several|many|multiple|numerous)\s+times)\s+)?(?:with\s+)?(?=\p{Lu}|(?:the|his|her|their)\s+\p{Lu})`,
		),
		words: ['met', 'meets', 'meet', 'meeting'],
		kind: 'meeting',
	},
	// "A and B will co-chair the council", "co-chaired the meeting with X": those who chair one gathering together meet.
	{
		id: 'kind.co-chaired',
		re: /\bco-chair(?:s|ed|ing)?\b(?!\s+(?:of|for)\b)/g,
		words: ['chair', 'chairs', 'chaired', 'chairing'],
		kind: 'meeting',
		chaired: true,
	},
	// "met relatives", "will meet with Cuban dissidents" (a capitalised nationality before a word in lower case).
	// "…, holding talks with Elbegdorj, and meeting young Mongolians": "meeting" as a verb, after a comma or "and".
	{
		id: 'kind.met-unnamed',
		words: ['met', 'meets', 'meet', 'meeting'],
		re: /(?:\b(?:met|meets|meet)|(?<=(?:,|\band)\s)meeting)(?:\s+(?:with\s+)?(?=[a-z]|\p{Lu}[\p{L}-]*,?\s)|(?=[.,;]))/gu,
		kind: 'meeting',
		unnamed: true,
	},
	// "held a 75-minute meeting on the sidelines of …": the subjects met each other.
	{
		id: 'kind.held-meeting',
		words: ['meeting'],
		// "are also to have dinner meeting on Monday": "have" too, a meeting to come.
		re: /\b(?:held|holds|hold|holding|had|have|having)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+){0,2}?meeting\b(?!\s+(?:with|between|involving|among)\b)/g,
		kind: 'meeting',
	},
	// "Trump invited Putin to Washington for more talks": an invitation to come, the word its "to", its status invited.
	{
		id: 'kind.invited-to-come',
		words: [...INVITING_VERBS, 'invitation', 'invitations'],
		// The lookahead first: the costly lookbehind is tried only where "to" begins.
		// "invited the 99-year-old Kissinger to visit the Philippines", "an invitation to Qureshi to visit Kabul".
		re: pattern(
			'gu',
			String.raw`(?=to\s)(?<=\b(?:${INVITING}|invitations?\s+to)\s+(?:the\s+(?:[\d\p{Ll}-]+\s+)?)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})`,
			String.raw`to\s+(?:come\s+to\s+|visit\s+)?(?=\p{Lu}|the\s+\p{Lu})`,
		),
		kind: 'visit',
		travel: true,
	},
	// "has invited Indian Prime Minister Narendra Modi to attend the swearing-in ceremony", "has been invited to attend the
	// swearing-in ceremony of Tarique Rahman": the one invited comes to the one who invites, or to whom the occasion is for.
	{
		id: 'kind.invited-to-attend',
		words: [...INVITING_VERBS],
		// The lookahead first: the costly lookbehind is tried only where "to" begins.
		// Passive only with its auxiliary: not "the senators invited to attend the event".
		re: pattern(
			'gu',
			String.raw`(?=to\s)(?<=\b(?:${INVITING})\s+(?:[\p{L}.'’-]+\s+){1,5}|\b(?:been|was|were|is|are)\s+invited\s+)to\s+attend\b`,
		),
		kind: 'visit',
	},
	// "invited the new President to make a state visit to India": the invitee's visit, its status invited.
	{
		id: 'kind.invited-to-visit',
		words: [...INVITING_VERBS],
		// The lookahead first: the costly lookbehind is tried only where "to" begins.
		re: pattern(
			'gu',
			String.raw`(?=to\s)(?<=\b(?:${INVITING})\s+(?:[\p{L}.'’-]+\s+){1,5})`,
			String.raw`to\s+(?:make|pay)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+to\s+(?=(?:the\s+)?\p{Lu})`,
		),
		kind: 'visit',
		travel: true,
	},
	{
		id: 'kind.held-meeting-with',
		re: /\b(?:held|holds|hold|had|has|have)\s+(?:\w+\s+)?meetings?\s+with\b/g,
		words: ['meeting', 'meetings'],
		kind: 'meeting',
	},
	// "In Parliament yesterday, Anwar explained", "when he tabled the budget in parliament": speaking before a legislature,
	// named at the head of the sentence or after what was laid before it; not "Republicans in Congress".
	{
		id: 'kind.speech-in-legislature',
		words: [...LEGISLATURES].map((l) => l.toLowerCase().split(' ')[0]!),
		// The lookahead first: the costly lookbehind is tried only where "in", "before" or "to" begins.
		re: pattern(
			'gi',
			String.raw`(?=\b(?:in|before|to)\s)`,
			String.raw`(?:^|(?<=\b(?:tabled|presented|delivered|introduced|read)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w/-]+\s+){0,3}?))`,
			String.raw`\b(?:in|before|to)\s+(?:the\s+)?(${alternation(LEGISLATURES)})\b`,
		),
		kind: 'meeting',
		speech: true,
	},
	// "a planned summit of the Commonwealth of Independent States", "a ministerial meeting of the World Trade Organization",
	// "to attend the inaugural meeting of Trump's "Board of Peace"": a body's own gathering, the body named after "of".
	{ id: 'kind.summit-of-body', re: GATHERING_OF('summit'), words: ['summit'], kind: 'summit', noun: true, alone: true, ofBody: true },
	{
		id: 'kind.meeting-of-body',
		re: GATHERING_OF('meeting|conference'),
		words: ['meeting', 'conference'],
		kind: 'meeting',
		noun: true,
		alone: true,
		ofBody: true,
	},
	// "At a U.N. Security Council emergency meeting on the strike, Ambassador X said": the body's meeting, and who spoke there.
	{
		id: 'kind.at-a-meeting',
		words: ['meeting', 'session', 'summit', 'conference', 'hearing'],
		// Not "during their meeting": whose meeting "their" says (kind.their-meeting).
		// "in a Senate hearing" too, not "backers in the House GOP conference": a member of a body is in it.
		// Not "at the Presidential Secretariat before meeting the envoy": no word that opens another clause between.
		re: pattern(
			'gi',
			String.raw`\b(?:(?:at|during)\s+(?:a|an|the|its)\s+${GATHERING_WORDS}(?:meeting|session|summit|conference|hearing)|`,
			String.raw`in\s+(?:a|an|the|its)\s+${GATHERING_WORDS}hearing)\b`,
		),
		kind: 'meeting',
		// "at a NATO summit in Brussels", "in a Senate hearing": the noun says which kind of meeting.
		nounKinds: { summit: 'summit', hearing: 'hearing' },
		noun: true,
		host: true,
	},
	// "ceremonially commenced the fifth session of Parliament", "opened the new session of Parliament": a head of state's
	// address that opens a session of the legislature.
	{
		id: 'kind.opened-session',
		words: ['session', 'sessions'],
		re: pattern(
			'gi',
			String.raw`\b(?:opened|opens|open|opening|commenced|commences|commence|commencing|inaugurated|inaugurates|inaugurating)\s+`,
			String.raw`(?:the\s+)?(?:[\w-]+\s+){0,2}?sessions?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(${alternation(LEGISLATURES)})\b`,
		),
		kind: 'address',
		chamber: true,
	},
	// "said in his speech for the State Opening of Parliament": the speech that opens a session, its speaker around it.
	{
		id: 'kind.speech-opening-session',
		words: ['opening'],
		re: pattern(
			'gi',
			String.raw`\b(?:speech|address)\s+(?:for|at|to)\s+(?:the\s+)?(?:state\s+)?opening\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?`,
			String.raw`(${alternation(LEGISLATURES)})\b`,
		),
		kind: 'address',
		noun: true,
		chamber: true,
	},
	// "told a House committee", "will appear before the Senate Judiciary Committee": a hearing of the committee.
	{
		id: 'kind.hearing-before-committee',
		words: ['committee', 'subcommittee', 'panel', 'hearing', 'inquiry'],
		re: pattern(
			'gi',
			// "will front the Parliament’s Joint Committee": to front a committee is to appear before it.
			String.raw`\b(?:told|testif(?:y|ies|ied|ying) (?:before|to)|testimony (?:(?:on )?\w+ )?(?:before|to)|(?:appeared|appears|appear|appearing) before|`,
			// "to answer questions from the House Select Committee": questions a committee puts are put at its hearing.
			String.raw`(?:answer|answers|answered|answering|field|fields|fielded|fielding) questions from|`,
			String.raw`(?:front|fronts|fronted|fronting))\s+`,
			String.raw`(?=(?:the|a|an) (?:[\w’'-]+ ){0,4}?(?:committee|subcommittee|panel|hearing|inquiry)\b)`,
		),
		kind: 'hearing',
		unnamed: true,
	},
	// "told the court on Monday", "telling a previously scheduled town hall meeting": speaking before a body or a meeting.
	// Not "told the crowd", "told an audience of conservative activists": a speech to whoever came is no contact.
	{
		id: 'kind.told-a-body',
		words: ['told', 'tells', 'telling', 'testified', 'appeared', 'appears', 'appear', 'appearing', 'submissions'],
		re: pattern(
			'gi',
			String.raw`\b(?:told|tells|telling|testified (?:before|to)|(?:appeared|appears|appear|appearing) before|` +
				String.raw`(?:made|makes) submissions (?:to|at|before))\s+`,
			String.raw`(?=(?:the|a|an) (?:[\w-]+ ){0,4}?` +
				String.raw`(?:court|tribunal|committee|parliament|assembly|senate|congress|council|hearing|inquiry|commission|meeting)\b)`,
		),
		kind: 'meeting',
		unnamed: true,
	},
	// "assured lawmakers this week", "told his caucus": speaking to the members of a legislature, as written.
	{
		id: 'kind.told-lawmakers',
		words: ['told', 'tells', 'telling', 'assured', 'assures', 'briefed', 'briefs'],
		re: pattern(
			'gi',
			String.raw`\b(?:told|tells|telling|assured|assures|briefed|briefs)\s+`,
			// Not "told senators in a letter": writing is no meeting.
			String.raw`(?=${TOLD_GROUP.source}(?!\s+in\s+(?:a|an|his|her|their)\s+(?:letter|statement|memo|tweet|post)))`,
		),
		kind: 'meeting',
		unnamed: true,
		group: true,
	},
	// "The State Department summoned China's ambassador": calling someone in to answer is a meeting with them.
	{
		id: 'kind.summoned',
		re: /\b(?:summoned|summons|summon|summoning)\s+(?=(?:the|a|an|his|her|its|their|\p{Lu}))/gu,
		words: ['summoned', 'summons', 'summon', 'summoning'],
		kind: 'meeting',
	},
	// "briefed Trump on Monday", not "briefed the Local Government Turnaround Strategy weekly meeting": a person briefed.
	{
		id: 'kind.briefed',
		re: /\b(?:briefed|briefs|brief)\s+(?=\p{Lu}|(?:the|his|her|their)\s+\p{Lu})/gu,
		words: ['briefed', 'briefs', 'brief'],
		kind: 'meeting',
		person: true,
	},
	// "addressed the delegates": speaking before a gathering of people, as written (not a news conference or the nation).
	{
		id: 'kind.addressed-gathering',
		words: ['addressed', 'addresses', 'addressing'],
		re: pattern(
			'g',
			String.raw`\b(?:addressed|addresses|addressing)\s+(?=(?:the|a|an)\s+(?:(?!of\b)[\w-]+\s+){0,2}?`,
			String.raw`(?:${alternation(AUDIENCE_NOUNS)})\b)`,
		),
		kind: 'address',
		unnamed: true,
	},
	{
		id: 'kind.address-to-body',
		words: ['address', 'addressed', 'addresses', 'addressing', 'told', 'spoke', 'speech'],
		re: pattern(
			'gu',
			String.raw`\b(?:address|addressed|addresses|addressing|(?:(?:an|his|her|their)|(?<=['’]s)) (?:[\w-]+ ){0,2}?address to|(?:told|spoke to|speech to)`,
			// "addressed the first session of Congress"; not "’s address Monday at …", where a weekday dates the noun.
			String.raw`(?= (?:a joint (?:meeting|session) of |(?:a|the) (?:[\w-]+ )?session of |the )?\p{Lu}[\p{L}. ]*?`,
			String.raw`(?:${alternation(capitalised(ADDRESSED_BODY_ENDS))})))`,
			String.raw`\s+(?:a joint (?:meeting|session) of\s+|(?:a|the)\s+(?:[\w-]+\s+)?session of\s+)?(?:the\s+)?`,
			String.raw`(?=\p{Lu})(?!${WEEKDAY_NAME}\b)${POSSESSED_TOPIC}`,
		),
		kind: 'address',
		audience: true,
	},
];

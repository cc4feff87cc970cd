import {
	AFTER_VENUE_WORDS,
	CONVENING_VERBS,
	DELEGATION_NOUNS,
	GROUP_NOUNS,
	LEGISLATORS,
	LEGISLATURES,
	NOT_PARTY_ADVERBS,
	QUALIFIED_NOUNS,
	SPEAKING_VERBS,
	TELLING_VERBS,
	THINGS_MET,
	INVITING_VERBS,
	ON_THE_WAY_VERBS,
	TRAVEL_VERBS,
	REQUEST_VERBS,
	VISITED_GROUPS,
	WISH_NOUNS,
	WISH_VERBS,
} from '../../lexicon/events.js';
import { alternation, capitalised } from '../../lexicon/words.js';
import { clauseStart, within } from '../../text/ranges.js';
import { allMatches, lastMatchAt } from '../../text/matches.js';
import type { TextRange } from '../../text/sentences.js';
import type { DateMention } from '../dates.js';
import { type ArticleEntities, nameByTitle } from '../entities.js';
import { readDateline } from '../dateline.js';
import { NOT_NAME_WORDS } from '../../lexicon/names.js';
import { CITIES, COUNTRIES, DEMONYMS, RESIDENCE_NOUNS, STATE_ABBREVIATIONS, STATES, VENUE_NOUNS } from '../../lexicon/places.js';
import { MEDIA_WORDS } from '../../lexicon/organisations.js';
import { WEEKDAY_NAME, countOf, numberWords } from '../../lexicon/time.js';
import { isRoleNoun, ROLE_ABBREVIATIONS, ROLE_NOUNS, TITLE_WORDS } from '../../lexicon/titles.js';
import { type Gender, genderOf, pronounGender } from '../gender.js';
import { firstDecision } from '../cues.js';
import { PARTY_PASSES } from '../passes.js';
import { listedSignings } from './listed.js';
import type { Decision, RawMeeting } from './model.js';
import type { PartySite } from './party-passes.js';
import { COMPASS_REGION, RESIDENCE_NOUN, TOLD_GROUP, TRIGGERS, type Trigger } from './triggers.js';
import {
	type LastDay,
	OTHER_TIME,
	REFERS_BACK,
	SENT_TO_GATHERING,
	carriedDay,
	dateInSentence,
	daysFromFirstDay,
	weekendFromFirstDay,
	futureMarker,
	sharedDate,
	statusOf,
} from './when.js';

// Who met, called, visited or hosted whom, in ordered passes over each event word of a sentence: the parties (the names
// before the word, who; after it, whom or where), the place, the date, the status; then the admission checks, and last
// the merge of the sentences that tell one event. Every field keeps the rule that decided it and the words it read.

export type { RawMeeting } from './model.js';

type Names = Pick<ArticleEntities, 'entities' | 'mentions'>;
type Mention = Names['mentions'][number];

/** One event word found in a sentence, with the clause it governs. */
interface Cue {
	trigger: Trigger;
	sentence: TextRange;
	/** The event word, and where its complement (whom, where) starts. */
	word: TextRange;
	/** The clause around the word: from the last comma before it to the next clause break after it. */
	clause: TextRange;
	/** The names of the sentence that may take part (not inside quotations, not tellers of it). */
	candidates: Mention[];
	/** The legislature a speech trigger names ("parliament"). */
	chamber: string | undefined;
	/** Names whose verb of saying tells where they spoke: at the event itself ("said Wednesday during a meeting with"). */
	spokeAtEvent: ReadonlySet<Mention>;
	/** Who "he" and who "she" opening a clause is: the subject of the event the sentence before told, or the one person it named. */
	referents: Referents;
	/** The person the sentence is about: the name opening its main clause, or whom "He" opening it stands for. */
	subject: { name: string; start: number } | null;
	/** "Zelenskyy said he had spoken with Trump": the teller whose "he" is the event word's subject. */
	sayer: Mention | null;
	/** The sentence's other event words, apart from this one by other words. */
	otherWords: TextRange[];
}

/** "Cuban dissidents", "Iraqi, American, and coalition officials": nationalities before a group the article does not name. */
const DEMONYM_LIST = String.raw`(?:(?:${alternation(capitalised(DEMONYMS.keys()))}),?(?: and)? )+`;
/** "the police leadership", "business leaders", "other Chinese leaders": a noun phrase up to a preposition or the clause end. */
const UNNAMED_PARTY = new RegExp(
	String.raw`^(?!(?:with|him|her|them|us|me|you|it|${alternation(NOT_PARTY_ADVERBS)})\b)` +
		// "Labor leaders", "Democratic senators": a capitalised word before a group's noun qualifies it.
		String.raw`((?:the|a|an|his|her|their|its|other|several|some|local|senior|top|${DEMONYM_LIST}[a-z][a-z-]*|` +
		String.raw`\p{Lu}[\p{L}-]+(?= (?:${alternation(GROUP_NOUNS)})\b)|[a-z][a-z-]*)` +
		// "roughly 25 TV news anchors and executives": numbers and capitals inside the description.
		// "told the crowd she had other commitments": a pronoun starts what was told.
		String.raw`(?: [A-Za-z0-9][\w-]*){0,6}?)` +
		String.raw`(?= (?:in|at|on|from|for|to|during|over|about|after|before|next|this|later|earlier|and|who|which|that|he|she|they|we|it|` +
		String.raw`${WEEKDAY_NAME})\b|[,.;]|$)`,
	'u',
);
/** "told lawmakers that …": the group told, and no more. */
const TOLD_GROUP_PARTY = new RegExp(`^(${TOLD_GROUP.source})`, TOLD_GROUP.flags);
/** "on the sidelines of the G20 summit", "on the margins of the 2025 APEC summit": a gathering as the setting of another event. */
const SETTING_OF = /\b(?:sidelines|margins|fringes|side)\s+of\s+(?:(?:the|a|an|this|last|next|its|their)\s+)?(?:[\w.'’-]+\s+){0,4}$/i;
/** "… during a planned summit": a gathering the event is held during, right before its word. */
const DURING_GATHERING = /\bduring\s+(?:the|a|an|this|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
const PREPOSITION_BEFORE = /\b(?:to|in|at|from|of|for|into|onto|on|near|toward|towards|about|against|over|within|across|through)\s+(?:the\s+)?$/i;
/** Between a name and the event word it qualifies: other names and dashes only ("Lee–Xi summit", "Trump-Putin Alaska summit"). */
const QUALIFIER = /^(?:[\s–—-]|\p{Lu}[\p{L}.'’-]*)*$/u;
/** Between two event words of one event: "a summit and a state dinner with". */
const JOINED = /^\s*(?:and|or|,)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/;
const WHEN_CLAUSE = /\b(?:when|while|as)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** The group a list of members follows, after "with": "with Hungarian officials, including" (not "with a number of …"). */
const GROUP_BEFORE_INCLUDING = new RegExp(
	String.raw`\bwith\s+((?:${alternation(capitalised(DEMONYMS.keys()))}|senior|top|key|local)\s+` +
		String.raw`(?:[a-z-]+\s+)?(?:${alternation(GROUP_NOUNS)}))(?=,?\s+including\s+$)`,
	'u',
);
/** A group met, then whom it includes: "with other world leaders on Friday as well, including". */
const INCLUDING = /^\s*(?:with\s+)?[^,.;:"“]{1,80}?,?\s+including\s+/;
/** "the President ceremonially opened": a title, then at most an adverb, right before the verb. */
const TITLE_RIGHT_BEFORE = /\b[Tt]he\s+((?:[\w.-]+\s+){0,2}?([A-Za-z-]+))\s+(?:\w+ly\s+)?$/;
/** The words of an invitation before the one invited: "he invited", "extended an invitation to", with "he" or "she" kept. */
const INVITATION = new RegExp(
	String.raw`(?:\b(he|she)\s+(?:[a-z]+\s+){0,2}?)?\b(?:${alternation(INVITING_VERBS)}|invitations?\s+to)\s+(?!.*\binvit)`,
	'iu',
);
/** "invited Putin to", "invited the new President to": the one invited, right before the invitation's "to". */
const INVITEE = new RegExp(String.raw`\b(?:${alternation(INVITING_VERBS)})\s+((?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}?([\p{L}-]+))\s+$`, 'iu');

/** Who an invitation is for: the person named right after "invited", else the one the article gives that title. */
function invitee(cue: Cue, body: string, names: Names): { name: string }[] {
	const words = INVITEE.exec(body.slice(cue.clause.start, cue.word.start));
	if (!words) return [];
	const start = cue.word.start - words[0].length;
	const named = cue.candidates.find((x) => x.kind === 'person' && x.start >= start && x.end <= cue.word.start);
	if (named) return [named];
	const titled = isRoleWord(words[2]!) ? subjectByRole(words[1]!, words[2]!.toLowerCase(), cue.word.start, body, names) : null;
	return titled ? [{ name: titled }] : [];
}
/** "He is due to meet …", "she later met": a pronoun subject of the event word's clause. */
// "…, when he met with Putin in Moscow": a clause of time or reason opens with its own subject.
const PRONOUN_SUBJECT = /(?:^|[,;]\s+|\b(?:and|but|then|that|when|while|after|before|as|once)\s+)(he|she)\s+(?:[a-z]+\s+){0,4}$/i;
/** Only titles and initials before a clause's subject: "Vietnamese Prime Minister", "Mr.", a dateline "Kyiv:". */
const TITLES_ONLY = /^(?:\p{Lu}[\p{L}’'-]*:\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** An empty "it" before the one a sentence is about: "It is Mr Wong’s second visit", "It was also the minister’s". */
const EMPTY_IT_BEFORE = /^It\s+(?:is|was)\s+(?:also\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** An opening phrase ends at a comma before the subject: "Meeting with Phuc, Mr. Trump …", "After a call with Trump, Zelenskyy …". */
const AFTER_OPENING_PHRASE = /,\s+(?:\p{Lu}[\p{L}.’'-]*\s+(?:of\s+)?){0,4}$/u;
/** A verb right after a name makes it its clause's subject ("Zelenskyy said", "Mr. Trump praised"), not "Phuc, Mr.". */
const VERB_AFTER_NAME = new RegExp(
	String.raw`^\s+(?:also\s+|later\s+|then\s+|again\s+|has\s+|had\s+|was\s+|is\s+|will\s+)?` +
		String.raw`(?!(?:and|or|of|in|at|on|for|to|with|from|by|who|whose|which|that|the|a|an|as|but)\b)[a-z]+\b`,
);
/** An event word that is a verb in the past: "met", "held talks", "visited", "spoke with". */
const PAST_EVENT_VERB = /^(?:met|held|visited|spoke|talked|hosted|phoned|telephoned|travell?ed|flew|signed|testified)\b/i;
/** An open question up to the event word: "whether he went to Moscow first", "whether or not the president would meet". */
const WHETHER = /\bwhether\b[^,;:]*$/i;
/** A condition whose verb is the event word: "If Pompeo goes to North Korea again soon, …" tells no trip. */
// "Whenever he met leaders of OECD members, …": what recurs on a condition is no one event either.
const CONDITION = /\b(?:if|unless|whenever)\s+(?:[\w'’.-]+\s+){0,5}$/i;
/** Up to two words qualifying a group's noun, none of them a preposition, a conjunction or one of `more`. */
const qualifying = (...more: string[]) =>
	String.raw`(?:(?!(?:${['with', 'and', 'or', 'in', 'of', 'to', 'at', 'from', 'for', 'by', ...more].join('|')})\s)[\p{L}.-]+\s+){0,2}?`;
// Only words qualifying them stand before the group: not "flew to Kyiv with veterans", "visited Israel and families".
const VISITED_GROUP = new RegExp(
	String.raw`^\s*(?:to\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(${qualifying()}(?:${alternation([...VISITED_GROUPS, ...LEGISLATORS])}))\b`,
	'u',
);
// Only words qualifying them stand before the group: not "with support from lawmakers", "with no officials present".
const SIGNED_WITH_GROUP = new RegExp(
	String.raw`^\s+with\s+(?:the\s+)?(${qualifying('no', 'support', 'help')}(?:${alternation(GROUP_NOUNS)}))\b`,
	'u',
);
/** Words of a habit: "every week", "each morning", "regularly". */
const HABITUAL = new RegExp(`\\b(?:(?:every|each)\\s+(?:day|week|month|year|morning|evening|night|weekend|${WEEKDAY_NAME})|regularly|routinely)\\b`, 'i');
/** Trips counted ("traveling to Washington 10 times"): many journeys, no one of them told. */
const TRIPS_COUNTED = /\b(?:\d+|several|many|numerous)\s+times\b/i;
/** "yearn to visit", "would later ask to meet her sister", "requested the vessels to visit", "wanted to visit … someday": not held. */
const WISHED_OR_ASKED = new RegExp(
	String.raw`\b(?:(?:${alternation(WISH_VERBS)})|(?:${alternation(REQUEST_VERBS)})(?:\s+[\w'’-]+){0,2})\s+to\s+$`,
	'i',
);
/**
 * "to visit North Korea someday": an indefinite day in the event's own clause, before a comma or an "and" opening another
 * verb ("met Kim in Singapore and said he hoped to meet him again someday"); not "on some day in June".
 */
const SOMEDAY = /^[^,;:]*?(?<!\band\s+\p{Ll}.*)\bsome\s?day\b(?!\s+(?:in|of|on|at|last|this|next|that|when|before|after)\b)/iu;
/** The words SOMEDAY needs, looked for first: most clauses lack them, and SOMEDAY's look back at every word costs more. */
const SOME_DAY = /some\s?day/iu;
const toldSomeday = (clause: string) => SOME_DAY.test(clause) && SOMEDAY.test(clause);
/** "He will travel to Busan on Friday and hold talks with": a verb joined by "and" to the subject's own, in his sentence. */
// "greeting staffers at the U.S. embassy, …, and meeting": the full stop of an abbreviation ends no sentence.
const COORDINATED_VERB = /^(?:[^.;:"“”]|(?<=\b\p{Lu})\.)*\sand\s+(?:then\s+|later\s+|also\s+)?$/u;
/** From a name to a word in the relative clause set off after it: "Premadasa, who was on a four-day visit". */
const OWN_RELATIVE = /^,\s+who\s+[^,;()]*$/;
/** Between a subject and its verb, what is said of it: "Robert E. Lighthizer, the U.S. trade representative, confirmed". */
const APPOSITION = /^,\s+(?:(?:the|a|an|his|her|its|their)\s+[^,;()"“”]{1,80}|\d{1,3}),(?=\s)/;
const PRONOUN_OPENER = /^["“‘']?(he|she)\s/i;
const PRONOUN_AFTER_PHRASE = /^[^,;:"“”]{3,80},\s+(he|she)\s/i;
/** "…, holding talks with", "Meeting with Phuc, …": an -ing word opening the clause of the event word, or the word itself. */
const PARTICIPLE = /^(?:also\s+|then\s+|later\s+)?\p{L}+ing\b/u;
/** A participle of a time before the main clause's: "having met", "having earlier visited". */
const PERFECT_PARTICIPLE = /^(?:also\s+)?having\b/;
/** An opening phrase headed by the event: "Meeting with", "After a call with", "During his visit to" (not "Asked about …"). */
// "Speaking to reporters during a joint news conference with": a speaker's words before the phrase.
const OPENING_EVENT = new RegExp(
	String.raw`^(?:(?:speaking|talking)\s+(?:to\s+(?:reporters|journalists|the press)\s+)?)?` +
		String.raw`(?:(?:after|before|during|following|ahead of|upon|on|at|in|while)\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$`,
	'i',
);
/** A teller's "he" after the verb of saying: "said he had spoken with", "added that she would meet". */
// "said Friday he planned to visit", "said on Monday that she would meet": the day of the telling may stand between.
const SAYER_PRONOUN = new RegExp(
	// "said when he first arrived in": a clause of time after the verb may hold the teller's "he".
	String.raw`^(?:\s+(?:on\s+)?${WEEKDAY_NAME}|\s+(?:yesterday|today))?(?:(?:\s+that)?(?:\s+(?:when|after|before|as))?\s+(?:he|she)\s+(?:[a-z’']+\s+){0,4}|` +
		// "said preparations were under way … and reiterated his desire to meet Putin": the teller's own wish.
		String.raw`(?:\s+|[^.;]*\band\s+[a-z]+\s+)(?:his|her)\s+` +
		String.raw`(?:${alternation(WISH_NOUNS)})\s+(?:to|for)\s+(?:an?\s+)?)$`,
	'i',
);
/** The day someone was told on: "told Cho Hyun on Wednesday that …". */
const TOLD_DAY = new RegExp(String.raw`\b(?:on\s+)?${WEEKDAY_NAME}\b`);
/** "…, the two leaders": the pair opening the clause after an opening phrase. */
const PAIR_AFTER_PHRASE = /^[^,]{0,80},\s+(?:the two|both) (leaders|men|women|presidents|ministers|sides|countries)\b/i;
const PAIR = /\b(?:the two|both) (?:(leaders|men|women|presidents|ministers)|sides|countries)\b|\bthe (?:pair|two)\b/i;
/** "the leaders’ first summit", "their precedent-shattering first meeting": a pair owning the event noun. */
const PAIR_OWNS = /(?:\bthe (?:two )?(leaders|men|presidents|ministers)['’]|\btheir)\s+(?:[\w-]+\s+){0,3}$/i;
const AUXILIARIES = /(?:\s+(?:will|would|is|are|was|to|plans?|planned|intends|hopes|wants|also|then|has|have|had|expected|scheduled|set|due))*\s*$/;
/** "The president will travel to …", "the Prime Minister of Thailand is scheduled to": a subject given by title, just before the event word. */
const TITLE_SUBJECT = new RegExp(
	String.raw`\b[Tt]he\s+(?:[\w.-]+\s+){0,3}?([A-Za-z-]+)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?` + AUXILIARIES.source,
);
/** "South Korean and Japanese foreign ministers are to hold": nationalities joined before a role in the plural. */
const NATIONALS = new RegExp(String.raw`(?:^|\s)(${DEMONYM_LIST})((?:[a-z-]+\s+){0,2}?[a-z-]+s)${AUXILIARIES.source}`);

/**
 * The people a group of nationals stands for, one for each nationality: the one person whose role names that
 * country and carries the role ("South Korean and Japanese foreign ministers": Ban Ki-moon and Taro Aso). None unless
 * every nationality names exactly one.
 */
function nationalsByRole(phrase: string, body: string, names: Names): string[] {
	const group = NATIONALS.exec(phrase);
	if (!group) return [];
	const role = group[2]!.replace(/s$/, '');
	if (!ROLE_NOUNS.has(role.split(/\s+/).at(-1)!)) return [];
	const demonyms = group[1]!.split(/,?\s+(?:and\s+)?|,/).filter(Boolean);
	const people = demonyms.map((d) => (peopleOfCountryRole(d, [], body, names) ?? []).filter((p) => hasRole(p, role, body, names)));
	return demonyms.length > 1 && people.every((p) => p.length === 1) ? people.map((p) => p[0]!) : [];
}

/** "U.S. and Chinese officials", "Ukrainian and Russian negotiators": states joined before a group of their people. */
const NATIONAL = String.raw`(?:U\.S\.|US|UK|${alternation(capitalised(DEMONYMS.keys()))})`;
const NATIONAL_GROUP = new RegExp(
	String.raw`(?:^|\s)((?:${NATIONAL}(?:,\s+|,?\s+and\s+)){1,4}${NATIONAL})\s+(?:[a-z-]+\s+)?(?:${alternation(DELEGATION_NOUNS)})` + AUXILIARIES.source,
);
const NATIONALS_APART = /,\s+(?:and\s+)?|,?\s+and\s+/;

/** The states of a group of nationals, each one the article names; none unless every one is. */
function statesOfNationals(phrase: string, names: Names): string[] {
	const group = NATIONAL_GROUP.exec(phrase);
	if (!group) return [];
	const states = group[1]!.split(NATIONALS_APART).map((w) => COUNTRIES.get(w.toLowerCase()) ?? DEMONYMS.get(w.toLowerCase()) ?? '');
	return states.every((s) => names.entities.has(s)) ? states : [];
}

/** A role's words as a pattern, made once a role ("foreign minister" → /\bforeign\s+minister\b/i). */
const rolePatterns = new Map<string, RegExp>();
const rolePattern = (role: string) => {
	let re = rolePatterns.get(role);
	if (!re) rolePatterns.set(role, (re = new RegExp(`\\b${role.replace(/\s+/g, '\\s+')}\\b`, 'i')));
	return re;
};
const hasRole = (name: string, role: string, body: string, names: Names) =>
	names.entities.get(name)!.roles.some((r) => rolePattern(role).test(body.slice(r.start, r.end)));

// "The president-elect met": a role to be taken up is the role.
const isRoleWord = (word: string) => isRoleNoun(word) || ROLE_ABBREVIATIONS.has(word);
/** A subject joined to another by its role alone: "… and Sri Lankan FM have had". */
const ROLE_JOINED = new RegExp(`^\\s+and\\s+((?:the\\s+)?(?:[\\w.-]+\\s+){0,3}?([\\w-]+))${AUXILIARIES.source}`);
/**
 * A role owned by a country or a pronoun, right after the event word: "Uzbekistan’s president", "her South Korean
 * counterpart", "Hong Kong's Democratic party chief" (the role noun ends the phrase, a few words after the owner).
 */
const ROLE_PARTY = new RegExp(
	String.raw`^\s*(?:with\s+)?((?:his|her|their|its|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s|the\s+\p{Lu}[\p{L}.-]*)` +
		String.raw`\s+(?:[\p{L}-]+\s+){0,2}?(${alternation(ROLE_NOUNS)}|(?:counterpart|host|guest)s?))(?=[\s,.;]|$)`,
	'u',
);
const COUNTERPART_NOUNS = /^(?:counterpart|host|guest)s?$/;
/** Between a trip's destination and the meeting it is for: "to Shanghai for a dinner meeting with". */
const PURPOSE = /^\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/;
/** After a teller's verb: "said Wednesday during a meeting with", "said his conversations with" (the teller's own event). */
const SPOKE_AT =
	/^\s*(?:(?:\w+\s+){0,2}?(?:during|at|in|after)\s+(?:a|an|the|his|her|their|\p{Lu}\p{L}+['’]s)\s+|(?:that\s+)?(?:his|her|their)\s+)(?:[\w-]+\s+){0,2}$/u;
/** Where a trip's company ends: another clause ("amid reports that"), or another act ("travelled to Colombo and invited X"). */
const TRIP_CLAUSE_END = new RegExp(
	String.raw`\b(?:amid|that|while|after|before|when|where|as)\b|` +
		String.raw`\band\s+(?:then\s+|later\s+|also\s+|will\s+)?(?:[a-z]+ed|met|held|had|gave|told|spoke|made|took|hold|meet|sign|attend|address|deliver)\b`,
);
/** Whom an earlier word of the sentence met: "a luncheon with Li Qiang", "alongside Trump", "Lee will meet Zhao Leji, …, and then hold talks". */
const OBJECT_BEFORE = new RegExp(
	String.raw`\b(?:with|alongside|met|meet|meets|visited|hosted|hosts|host|welcomed|welcomes|received|receives|phoned|telephoned|briefed)` +
		String.raw`\s+(?:[\p{L}'’.-]+\s+){0,4}$`,
	'u',
);
/** Another trip told after a trip's word, with its own visitor: "and a visit by", "and the trip of". */
const ANOTHER_TRIP = /\band\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)s?\s+(?:by|of)\b/i;
/** A verb's participle right before a name: "attending NATO", "criticised Putin". */
const VERB_BEFORE = /\b\p{Ll}{2,}(?:ing|ed)\s+(?:the\s+)?$/u;
const PARTY_KINDS = new Set(['person', 'country', 'organisation']);
const STATE_KINDS = new Set(['country', 'organisation']);
/** Between the states of one list: "Ukraine, Russia and the United States", "Russia-Ukraine-US". */
const LIST_JOINER = /^(?:\s*,\s*|\s*,?\s+and\s+|[-–])(?:the\s+)?$/;
/** "Officials from Russia, Ukraine, and the United States began talks": delegations of the states listed. */
const DELEGATES_OF = /\b(?:officials|negotiators|delegations?|delegates|representatives|envoys|negotiating teams|diplomats)\s+(?:from|of)\s+(?:the\s+)?/i;
/** A name followed by a reporting verb is who tells of the event, not who took part ("…, Wi said"). */
const SPEAKS_AFTER = new RegExp(`^(?:,[^,]{0,60},)?\\s+(?:\\w+ly\\s+|also\\s+|has\\s+|had\\s+)?(?:${alternation(TELLING_VERBS)})\\b`);
/** A verb of telling in the past ("said", "told", "announced"): what it reports came before it. */
const TOLD_IN_PAST = new RegExp(`\\b(?:${alternation([...TELLING_VERBS].filter((v) => !v.endsWith('s')))})\\b`, 'g');
const SPOKE = new RegExp(`\\b(?:${alternation(SPEAKING_VERBS)})\\b`);

/** "Kremlin aide …", "U.S. reporters", "the KCNA report": a name that qualifies the noun after it, which is what acts. */
function qualifiesNoun(body: string, x: Mention): boolean {
	const next = /^\s+([a-z]+)\b/.exec(body.slice(x.end, x.end + 40))?.[1];
	return next !== undefined && QUALIFIED_NOUNS.has(next);
}

/** The mentions from the first on, each joined to the one before: "Afghanistan, Iraq, Jordan and Israel", "Russia-Ukraine-US". */
function joinedList(mentions: Mention[], body: string): Mention[] {
	const list = mentions.slice(0, 1);
	let end = list[0]?.end ?? 0;
	// "Osaka, Japan": a town, a comma and a country; a region of the town unless the list goes on with a town alone
	// ("to Tokyo, South Korea and the Philippines" lists three).
	const townCountry = (i: number) =>
		mentions[i]?.kind === 'place' && mentions[i + 1]?.kind === 'country' && /^,\s*$/.test(body.slice(mentions[i]!.end, mentions[i + 1]!.start));
	const listGoesOn = (i: number) => !!mentions[i + 1] && LIST_JOINER.test(body.slice(mentions[i]!.end, mentions[i + 1]!.start));
	for (let i = 1; i < mentions.length; i++) {
		const x = mentions[i]!;
		const region = townCountry(i - 1) && list.at(-1) === mentions[i - 1] && (!listGoesOn(i) || townCountry(i + 1));
		if (!region && !LIST_JOINER.test(body.slice(end, x.start))) break;
		if (!region) list.push(x);
		end = x.end;
	}
	return list;
}

/** The states listed from `start` on: the first right after it (with what `lead` allows), then each joined to the one before. */
function statesListed(candidates: Mention[], start: number, body: string, lead = /^\s*(?:the\s+)?$/): Mention[] {
	const after = candidates.filter((x) => x.start >= start);
	const firstOther = after.findIndex((x) => !STATE_KINDS.has(x.kind));
	const states = firstOther < 0 ? after : after.slice(0, firstOther);
	return states[0] && lead.test(body.slice(start, states[0].start)) ? joinedList(states, body) : [];
}

/**
 * Rule 'parties.sentence-opener' with no name opening the sentence: the last party before the word, with the states joined
 * to it by "and" ("It is also noted that last year Norway and France signed an agreement" is both states' signing).
 */
function statesJoinedToLast(before: Mention[], body: string): Mention[] {
	const last = before.at(-1);
	if (!last) return [];
	return STATE_KINDS.has(last.kind) ? statesJoinedBefore(before, last, body) : [last];
}

/** "Russia-Ukraine-US talks": the state before the word, with the states joined to it before. */
function statesJoinedBefore(before: Mention[], last: Mention, body: string): Mention[] {
	const list = [last];
	for (let i = before.indexOf(last) - 1; i >= 0 && STATE_KINDS.has(before[i]!.kind) && LIST_JOINER.test(body.slice(before[i]!.end, list[0]!.start)); i--) {
		list.unshift(before[i]!);
	}
	return list;
}

const CLAUSE_END = /;\s|,\s(?!\p{Lu})|\s[—–]\s|—/gu;
/**
 * "negotiations with the United States under his predecessor, Shigeru Ishiba", "under then President Obama": the person
 * in office at the time, no party ("under way with" is no such phrase).
 */
const UNDER_LEADER = /\bunder\s+(?:(?!(?:with|by|to|and|for|at|in|on|from)\s)[\p{L}'’.-]+\s+){0,3}?(?:\p{Ll}+,\s+)?$/u;
/**
 * "met A, B, C, and D": the comma before "and" and the last of a list of names (a name, a
 * comma and another name before it) joins the list, not another clause.
 */
const SERIAL_COMMA = /^,\s(?:and|or)\s(?:the\s)?\p{Lu}/u;
const NAMES_LISTED_BEFORE = /\p{Lu}[\p{L}.'’-]*,\s(?:the\s)?\p{Lu}[^,;]*$/u;
/** "by Reince Priebus, senior adviser Kellyanne Conway and Ivanka Trump": a person given by role, the list closed by "and". */
const ROLE_IN_LIST = /^,\s(?:[a-z-]+\s){0,2}([a-z-]+)\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s+and\s/u;

/**
 * Where the clause after an event word ends: a semicolon, a dash, or a comma not followed by a name; an em dash closes it
 * with or without spaces ("Carney—who … traveled to Beijing—has"), an en dash only spaced. Rule 'parties.role-in-list': a
 * comma before a person given by role in a list of names that "and" closes joins the list, not another clause.
 */
function clauseEndIn(rest: string): number {
	for (const m of rest.matchAll(CLAUSE_END)) {
		if (SERIAL_COMMA.test(rest.slice(m.index)) && NAMES_LISTED_BEFORE.test(rest.slice(0, m.index))) continue;
		const role = ROLE_IN_LIST.exec(rest.slice(m.index));
		if (!role || !isRoleWord(role[1]!)) return m.index;
	}
	return rest.length;
}

/**
 * Where the parties after an event word end: its purpose ("asking him to assist Barr", "to discuss"), or a clause about it;
 * not the word's own "to" before whom it reached ("a phone call to private investigator Monty Vickers").
 */
const ROLE_OR_TITLE = alternation(new Set([...ROLE_NOUNS, ...[...TITLE_WORDS].map((w) => w.toLowerCase())]));
const PURPOSE_AFTER_WORD = new RegExp(
	String.raw`\b(?:asking|urging|pressing|telling|requesting|seeking|demanding|in which|during which|which|that|about|regarding)\b|` +
		// Not "to private investigator Monty Vickers": a role or title before the name; "to honor Jimmy Carter" is a purpose.
		String.raw`(?<!^\s*)\bto\s+[a-z]+\b|^\s*to\s+(?!(?:[a-z.-]+\s+){0,2}(?:${ROLE_OR_TITLE})\s+\p{Lu})[a-z]+\b`,
	'u',
);
/** Just before a trip's company, in the sentence of the trip: "to Italy, along with federal prosecutor". */
const COMPANY_BEFORE = /^[^.;:]{0,60}\b(?:along with|accompanied by|together with|joined by)\s+(?:[\w-]+\s+){0,4}$/;

/** Between a possessor and the event word it owns: a few words, none a verb ("’s planned June 12 summit", not "’s visit would mark his"). */
const NOT_VERB = String.raw`(?!(?:would|will|could|should|may|might|was|were|is|are|has|had|have|be|been|marks?|marked|comes?|came)\b)`;
const possessed = (words: number) => new RegExp(String.raw`^['’]s(?:\s+${NOT_VERB}[\w-]+){0,${words}}\s*$`);
/** A verb's possessor stands close ("Xi's visit"); a noun's may be further ("Trump’s planned June 12 summit"). */
const POSSESSED = { verb: possessed(2), noun: possessed(4) };

/** "In his address to …, he said": an opening phrase about "his" or "her" event, then the same pronoun as subject. */
const PRONOUN_OPENING = /^\W*(?:in|during|at|after|before|following|on)\s+(?:(his)\s[^,]{3,80},\s+he|(her)\s[^,]{3,80},\s+she)\s/i;

/** A word opening a subordinate clause, whose verb has its own subject. */
const SUBORDINATOR = /\b(?:since|because|although|though|until|unless|whereas|that)\s/gi;
/** "Her itinerary also included visits to": a possessive pronoun opening the sentence, a few words before a trip's noun. */
const HER_TRIP = /^\W*(his|her)\s+(?:[\w-]+\s+){1,5}(?:visits?|trips?)\s+to\s+$/i;

/** A verb of a clause of its own between two names: "… visited on August 28, 2022, and …". */
const PAST_VERB = /\b(?:[a-z]{3,}ed|met|went|held|made|took|gave|flew|led)\b/;

/** "meet with him": a pronoun for a person named before. */
const OBJECT_PRONOUN = /^\s*(?:with\s+)?(him|her)\b/i;

/** "the Trump-Putin Alaska summit": surnames joined by a hyphen before the event noun, with at most a place between. */
const JOINED_NAMES_BEFORE = /(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)+)\s+(?:\p{Lu}[\p{L}]+\s+)?$/u;

/** The people whose names are joined before the word, each part the alias of exactly one person the article names. */
function peopleJoinedBefore(body: string, from: number, at: number, names: Names): Mention[] {
	const joined = JOINED_NAMES_BEFORE.exec(body.slice(from, at));
	if (!joined) return [];
	const start = from + joined.index;
	const people = [...names.entities.values()].filter((e) => e.kind === 'person');
	// "Kim" the alias of Kim Jong Un and of Sung Kim: the one the article means when it writes "Kim" alone.
	const meantBy = (alias: string) => new Set(names.mentions.filter((m) => m.kind === 'person' && body.slice(m.start, m.end) === alias).map((m) => m.name));
	const parts = [...joined[1]!.matchAll(/[^-]+/g)].map((part) => {
		const aliasOf = people.filter((e) => e.aliases.has(part[0]));
		const meant = aliasOf.length > 1 ? meantBy(part[0]) : null;
		const fits = meant ? aliasOf.filter((e) => meant.has(e.name)) : aliasOf;
		const at = start + part.index;
		return fits.length === 1 ? { start: at, end: at + part[0].length, name: fits[0]!.name, kind: 'person' as const } : null;
	});
	return parts.every((p) => p !== null) ? (parts as Mention[]) : [];
}

/** "the G20 summit", "the East Asia Summit", "the US-ASEAN summit": the body or gathering named before the word. */
const SUMMIT_BODY = /((?:[\p{Lu}\d][\p{L}\d]*[-\s])*[\p{Lu}\d][\p{L}\d]*)\s+$/u;

/** Brackets spelling out a name, right before the event word: " (Southeast Asian Nations) ". */
const GLOSS_BEFORE = /\s+\([^()]{1,60}\)\s+$/;

/** The body a summit word is of, as written ("G20", "East Asia Summit"), unless a person or a country alone names it. */
function summitBody(body: string, from: number, word: TextRange, names: Names): TextRange | null {
	// "the US-ASEAN (Southeast Asian Nations) summit": the name before what the brackets spell out.
	const gloss = GLOSS_BEFORE.exec(body.slice(from, word.start));
	const nameEnd = gloss ? word.start - gloss[0].length : word.start;
	const m = SUMMIT_BODY.exec(body.slice(from, nameEnd) + (gloss ? ' ' : ''));
	if (!m || NOT_NAME_WORDS.has(m[1]!.split(/[-\s]/)[0]!.toLowerCase())) return null;
	const start = from + m.index;
	const named = within(names.mentions, start, nameEnd);
	if (named.some((x) => x.kind === 'person') || (named.length && named.every((x) => x.kind === 'country'))) return null;
	// "Summit" written with a capital is part of the name.
	return { start, end: /^S/.test(body.slice(word.start, word.end)) ? word.end : start + m[1]!.length };
}

/** What two people opening a sentence did with each other: "confirmed their commitment", "agreed", "discussed". */
const TOGETHER_TOLD = /\b(?:their|each other|one another|agreed|confirmed|discussed|exchanged|spoke|talked|pledged|vowed|reaffirmed)\b/i;
/** "The telephone conversation …": an event noun with its article opening the sentence. */
const THE_EVENT_OPENS = /^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}$/;
const JOINED_BY_AND = /^\s+and\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for)\s+)*$/u;

/**
 * "Wang Yi and Antony Blinken on Thursday confirmed …. The telephone conversation …": the two people who open the
 * sentence before, joined by "and" as its subject, and no event of theirs found there.
 */
function pairOpeningSentenceBefore(state: SentenceState): string[] {
	const { previous, body, names, out } = state;
	if (!previous) return [];
	const from = previous.start + (readDateline(body.slice(previous.start, previous.end))?.length ?? 0);
	const [a, b] = within(names.mentions, from, previous.end).filter((m) => m.kind === 'person');
	if (!a || !b || a.name === b.name) return [];
	if (!TITLES_ONLY.test(body.slice(from, a.start)) || !JOINED_BY_AND.test(body.slice(a.end, b.start))) return [];
	if (/^['’]s\b/.test(body.slice(b.end, b.end + 3))) return [];
	// The two address each other ("confirmed their commitment"), not merely act side by side ("rallied supporters").
	if (!TOGETHER_TOLD.test(body.slice(b.end, previous.end))) return [];
	const pair = [a.name, b.name];
	return out.some((m) => m.sentence.start === previous.start && pair.every((p) => m.participants.includes(p))) ? [] : pair;
}

/**
 * The two parties of the events with exactly two that fit ("the two leaders": two people): the pair the story told most
 * often so far, the one told last among pairs told as often.
 */
function pairBefore(events: RawMeeting[], fits: (name: string) => boolean): string[] {
	const told = new Map<string, { pair: string[]; times: number }>();
	for (const event of events) {
		const parties = event.participants.filter(fits);
		if (parties.length !== 2) continue;
		const key = parties.slice().sort().join('|');
		const seen = told.get(key);
		told.delete(key);
		told.set(key, { pair: parties, times: (seen?.times ?? 0) + 1 });
	}
	const pairs = [...told.values()];
	return pairs.reduceRight<{ pair: string[]; times: number } | null>((best, p) => (!best || p.times > best.times ? p : best), null)?.pair ?? [];
}

/** "a four-day visit to Jaffna": a capitalised name no list knows, right after a trip's word or its "to", is where it went. */
const STOP_AFTER_WORD = /^\s*(?:to\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\b(?!['’]s)/u;
const POSSESSIVE_END = /['’]s$/;
/** A capitalised word that is no place's name: a word that never names ("The"), a nationality ("Ukrainian front lines"). */
const unnamedPlace = (words: string) => NOT_NAME_WORDS.has(words.split(/\s+/)[0]!.toLowerCase()) || DEMONYMS.has(words.toLowerCase());
/** "a four-day visit to the north", "had visited the north": a region of the country by the compass, as written. */
const COMPASS_STOP = new RegExp(String.raw`^\s*(?:to\s+)?(${COMPASS_REGION})`, 'u');
function unknownStop(cue: Cue, body: string): Mention[] {
	const region = COMPASS_STOP.exec(body.slice(cue.word.end, cue.clause.end));
	if (region) return [{ ...groupEnding(region, cue.word.end), name: region[1]!, kind: 'place' }];
	const stop = STOP_AFTER_WORD.exec(body.slice(cue.word.end, cue.clause.end));
	// Not "to San’a’s international airport": where the trip went is the thing owned.
	if (!stop || POSSESSIVE_END.test(stop[1]!) || unnamedPlace(stop[1]!)) return [];
	const [start, end] = [cue.word.end + stop[0].length - stop[1]!.length, cue.word.end + stop[0].length];
	if (cue.candidates.some((x) => x.start < end && x.end > start)) return [];
	return [{ start, end, name: stop[1]!, kind: 'place' }];
}

/** Nothing but "to the" between a trip's word and a name: "visit to the Times". */
const RIGHT_AFTER_TRIP = /^\s*(?:to\s+)?(?:the\s+)?$/i;
/**
 * "met Indian Prime Minister Narendra Modi and senior officials", "Sen. Chris Murphy of Connecticut and other Democratic
 * senators had a meeting": a group beside the last person named, as written.
 */
const GROUP_AFTER = new RegExp(
	String.raw`^(?:\s+of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?,?\s+(?:and|as well as|along with)\s+` +
		// Only words that qualify a group before it ("several senior officials"), not a verb ("and thanked his staff").
		String.raw`((?:(?:other|several|senior|top|key|some|many|the|\p{Lu}[\p{L}-]*)\s+){0,3}?(?:${alternation(GROUP_NOUNS)}))\b`,
	'u',
);
function groupAfterNamed(named: Mention[], body: string, end: number): TextRange | null {
	const last = named.at(-1);
	const group = last ? GROUP_AFTER.exec(body.slice(last.end, end)) : null;
	if (!last || !group) return null;
	const start = last.end + group[0].length - group[1]!.length;
	return { start, end: start + group[1]!.length };
}

const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)`;
const PLACE_AFTER_IN_OR_AT = new RegExp(
	String.raw`(?<!\bcounterparts?\s+)\b(?:in|at)\s+(?:the\s+)?(${CAPITALISED_WORDS}{0,3}(?:\s+of\s+(?:the\s+)?${CAPITALISED_WORDS}{0,2})?)`,
	'u',
);

/** "in Manchester", "at Chequers", "at the White House": a capitalised name after "in" or "at" that no list knows, but no month or weekday. */
function placeNamedAfter(body: string, from: number, to: number): TextRange | undefined {
	// "at the Palace of the Revolution": a name may go on with "of".
	const m = PLACE_AFTER_IN_OR_AT.exec(body.slice(from, to));
	// Not "in the German government": a nationality qualifies what follows.
	if (!m || unnamedPlace(m[1]!)) return undefined;
	return groupEnding(m, from);
}

const VENUE_NOUN = alternation([...RESIDENCE_NOUNS, ...VENUE_NOUNS]);
const AFTER_VENUE = String.raw`(?=[^\p{L}'’-]|$)(?!\s+(?!(?:${alternation(AFTER_VENUE_WORDS)})\b)\p{Ll})`;
/**
 * "in his office", "at the latter’s headquarters": a venue no name gives, after "in" or "at", its noun ending the phrase;
 * no preposition between ("in her years in office" is a time).
 */
const VENUE_AFTER_IN_OR_AT = new RegExp(
	String.raw`\b(?:in|at)\s+((?:the|his|her|their|its|the\s+latter['’]s|\p{Lu}[\p{L}.-]*['’]s)\s+` +
		String.raw`(?:(?!(?:in|at|of|on|for|from|to|with|during)\s)[\p{L}-]+\s+){0,2}?(?:${VENUE_NOUN}))${AFTER_VENUE}`,
	'u',
);
/** "the Denver airport", "his New York City mansion": the words of a venue's name that go on past a town, to its noun. */
const VENUE_NOUN_AFTER = new RegExp(String.raw`^(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:${VENUE_NOUN})${AFTER_VENUE}`, 'u');

/** A town named as part of a venue goes on to the venue's noun: "at the Denver airport" is the airport. */
function withVenueNoun(place: TextRange, body: string): TextRange {
	const more = VENUE_NOUN_AFTER.exec(body.slice(place.end, place.end + 60));
	return more ? { start: place.start, end: place.end + more[0].length } : place;
}

/**
 * "on the sidelines of the BRICS ministerial meeting": the gathering's words up to a comma, a preposition or a day, and
 * a town that follows, past an apposition ("the Shangri-La Dialogue, an annual security forum, in Singapore").
 */
const SETTING_STOP = String.raw`(?!(?:in|on|at|with|to|for|and|where|which|who|when|that|as|after|before|during|${WEEKDAY_NAME})\b)`;
/** A word of a gathering's name ("Shangri-La", "U.N."), or a short aside in brackets ("( APEC)"). */
const SETTING_WORD = String.raw`(?:[\p{L}\d](?:[\p{L}\d&'’-]|\.(?=\p{L}))*|\(\s*[^()]{1,20}\))`;
const SIDELINES_OF = new RegExp(
	String.raw`\bon\s+(the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:${SETTING_STOP}${SETTING_WORD}(?:\s+|(?=[,.;:]|$))){1,8})`,
	'u',
);
const TOWN_AFTER_SETTING = /^(?:,\s+an?\s+[^,;.]{1,60},)?\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;

/**
 * Where a meeting held on the sidelines of a gathering was: that setting, with its town when one follows. A gathering
 * told only by a common noun ("on the margins of the event") names no place unless a town follows it.
 */
function sidelinesOf(body: string, from: number, to: number): TextRange | null {
	const m = SIDELINES_OF.exec(body.slice(from, to));
	if (!m) return null;
	const start = from + m.index + m[0].length - m[1]!.length;
	const end = from + m.index + m[0].trimEnd().length;
	const town = TOWN_AFTER_SETTING.exec(body.slice(end, end + 100));
	if (town && isTown(town[1]!)) return { start, end: end + town[0].length };
	return /[\p{Lu}\d]/u.test(m[1]!.replace(/^the\s+\S+\s+of\s+/, '')) ? { start, end } : null;
}

const HELD_IN = /^,\s+(?:which\s+was\s+)?held\s+(?:in|at)\s+(?:the\s+)?$/;

/** Where a match's first group, which ends the match, stands in the body; `offset`: where the matched text starts. */
function groupEnding(m: RegExpExecArray, offset: number): TextRange {
	const end = offset + m.index + m[0].length;
	return { start: end - m[1]!.length, end };
}

/**
 * The people whose role as written names the country of a phrase ("her South Korean counterpart", "the Sri Lankan FM"),
 * other than the subjects; null when the phrase names no country.
 */
function peopleOfCountryRole(phrase: string, subjects: { name: string }[], body: string, names: Names): string[] | null {
	const words = phrase.toLowerCase().split(/\s+/);
	const pair = (i: number) => `${words[i]} ${(words[i + 1] ?? '').replace(/['’]s$/, '')}`;
	const country = words
		.map((w, i) => DEMONYMS.get(w) ?? DEMONYMS.get(pair(i)) ?? COUNTRIES.get(pair(i)) ?? COUNTRIES.get(w.replace(/['’]s$/, '')))
		.find(Boolean);
	if (!country) return null;
	const own = new RegExp(
		String.raw`\b(?:${alternation([country, ...[...DEMONYMS].filter(([, c]) => c === country).map(([d]) => d)])})\b`,
		'i',
	);
	return [...names.entities.values()]
		.filter((e) => e.kind === 'person' && !subjects.some((s) => s.name === e.name) && e.roles.some((r) => own.test(body.slice(r.start, r.end))))
		.map((e) => e.name);
}

/** The person a counterpart phrase stands for: the only one whose role names its country. None when no one or several do. */
function counterpartByRole(phrase: string, subjects: { name: string }[], body: string, names: Names): Mention | null {
	const fits = peopleOfCountryRole(phrase, subjects, body, names);
	return fits?.length === 1 ? (names.mentions.find((m) => m.name === fits[0]) ?? null) : null;
}

/**
 * The person a subject given by role stands for ("the U.S. president", "the Sri Lankan FM"): whom the article gives that
 * title, unless the role's country points to someone else; else the one person whose role names that country.
 */
function subjectByRole(phrase: string, head: string, at: number, body: string, names: Names): string | null {
	const byTitle = nameByTitle(body, names, head, at);
	const fits = peopleOfCountryRole(phrase, [], body, names);
	if (!fits?.length || (byTitle && fits.includes(byTitle))) return byTitle;
	return fits.length === 1 ? fits[0]! : null;
}

interface Parties {
	subjects: { name: string }[];
	/** Named people after the word and bodies addressed: the other parties. A destination is a place, not a party. */
	counterparts: Mention[];
	bodies: Mention[];
	destination: Mention[];
	/** A party the article does not name, as written. */
	counterpart: TextRange | null;
	rule: string;
}

/** Between a visitor and the destination: a role set off by commas ("Nancy Pelosi, Minister of …, to"), then "to". */
const TO_DESTINATION = /^(?:,[^,;]{0,80})?,?\s+to\s+(?:the\s+)?$/;

/** A lede's subject given by role alone: "Hillary Clinton’s former IT aide refused …", "A senior aide …". */
const LEDE_DESCRIBED = /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*['’]s|[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}?([a-z-]+)\s+[a-z]/u;
/** The next sentence opening with a name set off by a comma: "Bryan Pagliano, who helped set up …". */
const SET_OFF = /^,\s/;

/**
 * A lede that gives its subject by role alone, the next sentence opening with a person the article has not named before,
 * set off by a comma ("Hillary Clinton’s former IT aide refused Thursday to answer questions from the House Select
 * Committee … Bryan Pagliano, who helped set up …"): the delayed name is the subject.
 */
function namedAfterLede(cue: Cue, body: string, names: Names): { name: string } | null {
	const { sentence, word } = cue;
	if (/\S/.test(body.slice(0, sentence.start))) return null;
	const head = LEDE_DESCRIBED.exec(body.slice(sentence.start, word.start));
	if (!head || !isRoleWord(head[1]!) || cue.candidates.some((x) => x.kind === 'person' && x.start < word.start && x.start > sentence.start)) return null;
	const next = sentence.end + (/^\s*/.exec(body.slice(sentence.end))?.[0].length ?? 0);
	const first = names.mentions.find((m) => m.start === next && m.kind === 'person');
	if (!first || !SET_OFF.test(body.slice(first.end, first.end + 2))) return null;
	return names.mentions.some((m) => m.name === first.name && m.start < next) ? null : first;
}

/** Pass 1a, a visit whose visitor follows the word: the first person after it, and where a "to" after them leads. */
function visitorAfterWord(cue: Cue, body: string): Parties {
	const after = cue.candidates.filter((x) => x.start >= cue.word.end && x.end <= cue.sentence.end);
	// A comma, semicolon or dash before a person closes the phrase of the visit: they are told of in another.
	const visitor = after.find((x) => x.kind === 'person' && !/[,;–—]/.test(body.slice(cue.word.end, x.start).replace(/,\s*$/, '')));
	const reached = (x: Mention) => (x.kind === 'place' || x.kind === 'country') && TO_DESTINATION.test(body.slice(visitor!.end, x.start));
	const destination = visitor ? after.find(reached) : undefined;
	return {
		subjects: visitor ? [visitor] : [],
		counterparts: [],
		bodies: [],
		destination: destination ? [destination] : [],
		counterpart: null,
		rule: 'parties.visitor-after-word',
	};
}

/** Between a gathering's "of" and its body: "the", an owner, a quotation mark ("of Trump's "Board of Peace""). */
const BEFORE_BODY = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*['’]s\s+)?["“]?$/u;
/** "to attend the inaugural meeting of", "took part in a session of": whoever does so is at the body's gathering. */
// "will not send delegates to the meeting of": the state that sends them takes part.
const ATTENDS = new RegExp(
	String.raw`\b(?:attend(?:s|ed|ing)?|(?:participat(?:e|es|ed|ing)|(?:take|takes|took|taking)\s+part)\s+in|` +
		String.raw`(?:send(?:s|ing)?|sent)\s+(?:${SENT_TO_GATHERING})\s+to)\s+` +
		String.raw`(?:the|a|an|its|this|next)\s+(?:[\w-]+\s+){0,3}$`,
	'i',
);
/** "ahead of a visit to Belgium for a summit of", "will travel to Brussels for the meeting of": a trip to the gathering. */
const TRIP_FOR = new RegExp(
	String.raw`\b(?:visits?|trips?|journey|${alternation([...TRAVEL_VERBS, ...ON_THE_WAY_VERBS])})\s+to\s+[^,;.]{1,40}?,?\s+for\s+` +
		String.raw`(?:the|a|an|its|this|next)\s+(?:[\w-]+\s+){0,3}$`,
	'i',
);
/** "Speaking to reporters …": a sentence opening with a participle, whose subject is the main clause's. */
const OPENING_PARTICIPLE = /^\W*\p{Lu}\p{Ll}+ing\s/u;
/** "told the president … at a meeting of": whoever acts at the gathering is there. */
const PRESENT_AT = /\b(?:at|during)\s+(?:the|a|an|its|this|next)\s+(?:[\w-]+\s+){0,3}$/i;
/** "a meeting of the National Security Council called by Nawrocki": who convened the gathering, after its body. */
const CONVENED_BY = new RegExp(String.raw`^\s+(?:${alternation(CONVENING_VERBS)})\s+by\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$`, 'u');

/**
 * Pass 1b, a body's own gathering ("a planned summit of the Commonwealth of Independent States"): the body named after
 * "of", not a legislature (its sittings are speeches before it); with the people before the word in its clause who attend
 * (else the states that send delegates), and whoever convened it.
 */
function bodyOfGathering(cue: Cue, body: string): Parties {
	const { word, clause, candidates } = cue;
	const own = candidates.find((x) => x.kind === 'organisation' && x.start >= word.end && BEFORE_BODY.test(body.slice(word.end, x.start)));
	const gathering = own && !LEGISLATURES.has(body.slice(own.start, own.end).toLowerCase()) ? [own] : [];
	const beforeWord = body.slice(clause.start, word.start);
	// Not "expected to meet with Putin during a planned summit of …": whom another event word names is at that event.
	const present = PRESENT_AT.test(beforeWord) && !cue.otherWords.some((w) => w.start >= clause.start && w.end <= word.start);
	const attends = gathering.length > 0 && (ATTENDS.test(beforeWord) || TRIP_FOR.test(beforeWord) || present);
	// Where a trip to the gathering goes is no one who attends.
	const trip = attends ? TRIP_FOR.exec(beforeWord) : null;
	const attendeesEnd = trip ? clause.start + trip.index : word.start;
	const before = attends ? candidates.filter((x) => x.start >= clause.start && x.end <= attendeesEnd) : [];
	const people = before.filter((x) => x.kind === 'person');
	const convener = own ? candidates.find((x) => x.kind === 'person' && x.start > own.end && CONVENED_BY.test(body.slice(own.end, x.start))) : undefined;
	// "Tusk said he had told the president … at a meeting of", "Speaking at a meeting of the WTO, Lamy said": with no one
	// else named there, the person the sentence is about.
	const { subject } = cue;
	// "Speaking to reporters ahead of a visit to Belgium for a summit of EU leaders, Tusk insisted": the subject of the
	// main clause after the opening phrase that holds the gathering.
	const openingPhrase =
		subject &&
		clause.start === cue.sentence.start &&
		OPENING_PARTICIPLE.test(body.slice(cue.sentence.start, word.start)) &&
		subject.start > word.end &&
		body.slice(word.end, subject.start).includes(',') &&
		!candidates.some((x) => x.kind === 'person' && x.start > word.end && x.start < subject.start);
	const subjectThere =
		attends && subject && ((subject.start >= clause.start && subject.start < word.start) || aboutSubject(cue, body) || openingPhrase);
	// "Joe Biden, who … is scheduled to attend a summit of": the person the relative clause is about.
	const relative = attends && /^\s*who\s/.test(beforeWord);
	const antecedent = relative ? candidates.find((x) => x.kind === 'person' && /^,\s*$/.test(body.slice(x.end, clause.start))) : undefined;
	const states = before.filter((x) => x.kind === 'country');
	// Who is there, the first of: the people before the word, the states, whom a relative clause is about, the subject.
	const there = [people, states, antecedent ? [antecedent] : [], subjectThere && subject ? [subject] : []].find((list) => list.length > 0) ?? [];
	const attendees = [...there, ...(gathering.length && convener ? [convener] : [])];
	const rule = attendees.length ? 'parties.attendee-of-gathering' : 'parties.body-of-gathering';
	// "a visit to Belgium for a summit of": where the trip goes is where the gathering is.
	const destination = trip ? candidates.filter((x) => (x.kind === 'place' || x.kind === 'country') && x.start >= attendeesEnd && x.end <= word.start) : [];
	return { subjects: attendees, counterparts: gathering, bodies: gathering, destination: joinedList(destination, body), counterpart: null, rule };
}

/**
 * Who opens the sentence as a party: the states listed at its start together ("India and Sri Lanka signed …"), else its
 * first name; when no name opens it, the states joined to the last party named before the word.
 */
function openingParties(candidates: Mention[], before: Mention[], sentenceStart: number, at: number, body: string): Mention[] {
	const opening = candidates[0];
	// "he wouldn't be attending NATO, but he would be going … to meet": a name right after a verb is its object.
	const objectOfVerb = (x: Mention) => VERB_BEFORE.test(body.slice(Math.max(sentenceStart, x.start - 30), x.start));
	if (!opening || opening.start !== sentenceStart) return statesJoinedToLast(before.filter((x) => PARTY_KINDS.has(x.kind) && !objectOfVerb(x)), body);
	const states = STATE_KINDS.has(opening.kind) ? statesListed(candidates, sentenceStart, body).filter((x) => x.end <= at) : [];
	return states.length ? states : [opening];
}

/**
 * Where a trip goes, of the names after its word (`whom`): every place listed ("visited Afghanistan, Iraq, Jordan and
 * Israel"), an envoy's first three, else a stop the words describe ("a four-day visit to the north").
 */
function destinationOf(cue: Cue, whom: Mention[], body: string): Mention[] {
	if (!cue.trigger.travel) return [];
	const places = whom.filter((x) => x.kind !== 'person' && x.kind !== 'organisation');
	if (cue.trigger.envoy) return places.slice(0, 3);
	return places.length ? joinedList(places, body) : unknownStop(cue, body);
}

/**
 * The bodies an event word takes as parties: the gathering addressed ("addressed the delegates"), a body within the words
 * of a host's or a speech's trigger, or a body a trip with no place goes to ("his visit to the Times").
 */
function bodiesOf(cue: Cue, whom: Mention[], destination: Mention[], body: string): Mention[] {
	const { trigger, word, candidates } = cue;
	if (trigger.audience) return whom.filter((x) => x.kind === 'organisation').slice(0, 1);
	if (trigger.host || trigger.speech) return candidates.filter((x) => x.kind === 'organisation' && x.start >= word.start && x.end <= word.end);
	const visited = (x: Mention) => x.kind === 'organisation' && !destination.length && RIGHT_AFTER_TRIP.test(body.slice(word.end, x.start));
	return trigger.travel ? whom.filter(visited).slice(0, 1) : [];
}

/** Pass 1, parties: who did it (before the word) and with whom or where (after it, in its clause). */
function partiesOf(cue: Cue, body: string, names: Names): Parties {
	const { trigger, word, clause, candidates } = cue;
	if (trigger.visitorAfter) return visitorAfterWord(cue, body);
	if (trigger.ofBody) return bodyOfGathering(cue, body);
	// "During his five-day, three-city visit in February 2024, Mr. Dissanayake met …": the trip of the main clause's subject.
	if (trigger.subjectsOwn) {
		const own = cue.subject && cue.subject.start > word.end && body.slice(word.end, cue.subject.start).includes(',') ? [cue.subject] : [];
		return { subjects: own, counterparts: [], bodies: [], destination: [], counterpart: null, rule: 'parties.subject-of-sentence' };
	}
	const at = word.start;
	const after = word.end;
	// "The Lee–Xi summit comes … to resurrect negotiations with North Korea": names that qualify another event word are
	// its parties; so are names past another word after this one, unless the two are joined ("a summit and a state
	// dinner with Xi").
	// "canceled talks with South Korea and warned the U.S. about the Trump summit": after the word too.
	const ownedByOther = (x: Mention) =>
		cue.otherWords.some((w) =>
			x.end <= at
				? w.start >= x.end && w.end <= at && QUALIFIER.test(body.slice(x.end, w.start))
				: (w.start >= after && w.end <= x.start && !JOINED.test(body.slice(after, w.start))) ||
					(w.start >= x.end && QUALIFIER.test(body.slice(x.end, w.start))),
		);
	// "a luncheon with Premier Li Qiang, …, and meet with Zhao Leji": whoever follows "with" is met, not the one meeting.
	// "will meet Murmu and hold discussions with Modi": for a noun too, whom an earlier word met is not a party of it.
	// "holding talks with President Elbegdorj and Foreign Minister Purevsuren": a name joined by "and" to one met was met too.
	const metBefore = (x: Mention): boolean => {
		if (OBJECT_BEFORE.test(body.slice(Math.max(cue.sentence.start, x.start - 60), x.start))) return true;
		const joinedTo = candidates.findLast((y) => y.end <= x.start && y.start >= cue.sentence.start);
		return joinedTo !== undefined && JOINED_BY_AND.test(body.slice(joinedTo.end, x.start)) && metBefore(joinedTo);
	};
	const object = (x: Mention) => (!trigger.noun || trigger.travel) && metBefore(x);
	const tellsElsewhere = (x: Mention) => !cue.spokeAtEvent.has(x) && /\b(?:told|said|warned)\b/.test(body.slice(x.end, at));
	const acts = (x: Mention) => !qualifiesNoun(body, x);
	// "other top Obama aides met with …": the subject is the group the name qualifies, which the article does not name.
	// Not "US president Donald Trump said Friday he planned to visit": a title before a name qualifies no group.
	const titleOfName = (x: Mention) => {
		const name = names.mentions.find((p) => p.start > x.end && p.kind === 'person');
		return name !== undefined && /^\s+[a-z]+\s+$/.test(body.slice(x.end, name.start));
	};
	const groupSubject = candidates.some((x) => x.start >= clause.start && x.end <= at && !acts(x) && !titleOfName(x));
	// "Mr Yang's trip to Singapore is his first visit": a name after a preposition is no subject ("by" names the agent).
	// "Arrangements are under way for Takaichi to visit Washington": a name between "for" and "to" is the verb's subject.
	const infinitiveSubject = (x: Mention) =>
		/\bfor\s+$/.test(body.slice(Math.max(cue.sentence.start, x.start - 4), x.start)) && /^\s+to\s+$/.test(body.slice(x.end, at));
	const governed = (x: Mention) =>
		PREPOSITION_BEFORE.test(body.slice(Math.max(cue.sentence.start, x.start - 12), x.start)) && !infinitiveSubject(x);
	const before = candidates.filter((x) => x.end <= at && !tellsElsewhere(x) && !object(x) && acts(x) && !governed(x));
	// A trip's company ends where another clause starts: "a visit to China … amid reports that he may meet Takaichi".
	// "During his visit to New Delhi, Mr. Dissanayake will meet …": a trip in an opening phrase ends at its comma.
	const opening = trigger.noun && clause.start === cue.sentence.start && OPENING_EVENT.test(body.slice(clause.start, at));
	const tripStop = opening ? /,|\b(?:amid|that|while|after|before|when|where|as)\b/ : TRIP_CLAUSE_END;
	const tripEnd = trigger.travel ? after + (tripStop.exec(body.slice(after, clause.end))?.index ?? clause.end - after) : clause.end;
	// "told Cho Hyun on Wednesday that …": whom is told stands before the day, not in what was said.
	const toldEnd = trigger.person ? after + (TOLD_DAY.exec(body.slice(after, clause.end))?.index ?? clause.end - after) : clause.end;
	// A trip keeps whom it is for ("will visit Beijing … for a summit and a state dinner with Xi").
	// "a phone call made by Trump to Morrison asking him to assist Barr", "testimony to the committee to remind everyone that
	// Netanyahu …": whom the purpose names takes no part.
	const purposeEnd = !trigger.travel ? after + (PURPOSE_AFTER_WORD.exec(body.slice(after, clause.end))?.index ?? clause.end - after) : clause.end;
	// "X's visit to Mongolia in 1992 and a visit by Y to Thailand": a name past another trip's word is that trip's.
	const anotherTrip = (x: Mention) => trigger.travel && ANOTHER_TRIP.test(body.slice(after, x.start));
	const whom = candidates.filter(
		(x) => x.start >= after && x.end <= Math.min(tripEnd, toldEnd, purposeEnd) && (trigger.travel || !ownedByOther(x)) && !anotherTrip(x),
	);
	const people = before.filter((x) => x.kind === 'person');
	const opener = openingParties(candidates, before, cue.sentence.start, at, body).filter(acts);
	// "Erdogan met Zelensky on Friday, a day after Zelensky visited Athens": the visit's clause has its own subject.
	// "… bilateral relations which had been cold since Japanese Prime Minister Junichiro Koizumi paid a visit": the subject
	// of a verb inside a subordinate clause is in that clause.
	const subordinate = lastMatchAt(SUBORDINATOR, body.slice(clause.start, at));
	const clauseFrom = subordinate >= 0 && people.some((x) => x.start >= clause.start + subordinate) ? clause.start + subordinate : clause.start;
	const inClause = people.filter((x) => x.start >= clauseFrom);
	// "and Manusha Nanayakkara, Former Minister of Labor, visited": the name set off before the verb's clause.
	// Not a name joined by "and" to a subject of the same verb ("Xi, 70, and Putin, 71, signed"), only one after another
	// event's clause ("… visited on August 28, and Manusha Nanayakkara, Former Minister of Labor, visited").
	const ownClause = (x: Mention, i: number) =>
		!/\band\s+$/.test(body.slice(cue.sentence.start, x.start)) || PAST_VERB.test(body.slice(people[i - 1]?.end ?? cue.sentence.start, x.start));
	const appositive = people.filter((x, i) => /^,\s+[^,;]{1,100},\s+$/.test(body.slice(x.end, clause.start)) && ownClause(x, i)).at(-1);
	// "he" before the word in its clause: whom it stands for, else the one person given its title before it.
	const pronoun = PRONOUN_SUBJECT.exec(body.slice(clause.start, at));
	const referent = pronoun ? referentFor(cue.referents, pronoun[1]!) : null;
	const pronounAt = pronoun ? clause.start + pronoun.index + pronoun[0].search(/\b(?:he|she)\s/i) : 0;
	const titledFor = pronoun && !referent ? titledBefore(pronoun[1]!, body.slice(cue.sentence.start, pronounAt), pronounAt, body, names) : null;
	const aroundNoun = candidates.filter(
		(x) =>
			x.kind === 'person' &&
			x.start >= clause.start &&
			x.end <= clause.end &&
			((x.start >= after && x.end <= purposeEnd) || (x.end <= at && !metBefore(x))) &&
			!ownedByOther(x) &&
			acts(x),
	);
	const site: PartySite = {
		body,
		names,
		trigger,
		sentence: cue.sentence,
		clause,
		word,
		candidates,
		aroundNoun,
		people,
		inClause,
		opener,
		appositive,
		groupSubject,
		sayer: cue.sayer,
		pronounReferent: referent,
		pronounByTitle: titledFor,
		itBody: cue.referents.body ?? null,
	};
	// The last pass always decides. The checks below may add to or replace the subjects it returns, in a copy of its own.
	const decided = firstDecision(PARTY_PASSES, site)!;
	const subjects = [...decided.result];
	const rule = `parties.${decided.rule}`;
	let subjectRule = rule;
	// "where he and Durham met": "he" is the sentence's subject, beside the name.
	const pronounBeside =
		rule === 'parties.subject-in-clause' && inClause[0] ? /\b(he|she)\s+and\s+$/i.exec(body.slice(clause.start, inClause[0].start)) : null;
	// "Barr traveled to Italy, where he and Durham met": else the one person named before "he" in the sentence.
	const namedBefore = pronounBeside ? [...new Set(people.filter((x) => x.end <= inClause[0]!.start).map((x) => x.name))] : [];
	const beside = pronounBeside
		? (cue.subject?.name ?? referentFor(cue.referents, pronounBeside[1]!) ?? (namedBefore.length === 1 ? namedBefore[0]! : null))
		: null;
	if (pronounBeside && beside && !subjects.some((x) => x.name === beside)) {
		subjects.unshift({ name: beside });
		subjectRule = 'parties.pronoun-and-name';
	}
	// "In his address to Sri Lanka Parliament, he mentioned …": an opening phrase's "his", with "he" after it, is whom the
	// story was about.
	// "Her itinerary also included visits to IIT Delhi": a trip of hers, told with "her" opening the sentence.
	const herTrip = trigger.travel && trigger.noun ? HER_TRIP.exec(body.slice(cue.sentence.start, after)) : null;
	const ownedByPronoun = herTrip ?? PRONOUN_OPENING.exec(body.slice(cue.sentence.start, cue.sentence.end));
	const owner = ownedByPronoun ? referentFor(cue.referents, (ownedByPronoun[1] ?? ownedByPronoun[2])!) : null;
	if (!subjects.length && owner) {
		subjects.push({ name: owner });
		subjectRule = 'parties.possessive-pronoun';
	}
	const delayed = subjects.length ? null : namedAfterLede(cue, body, names);
	if (delayed) {
		subjects.push(delayed);
		subjectRule = 'parties.named-after-the-lede';
	}
	// "when the President ceremonially opened the new session of Parliament": the title right before the verb is its subject.
	const titledOpener = trigger.chamber ? TITLE_RIGHT_BEFORE.exec(body.slice(clause.start, at)) : null;
	const opensSession = titledOpener && isRoleWord(titledOpener[2]!) ? subjectByRole(titledOpener[1]!, titledOpener[2]!.toLowerCase(), at, body, names) : null;
	if (opensSession) {
		subjects.splice(0, subjects.length, { name: opensSession });
		subjectRule = 'parties.subject-by-title';
	}
	// "invited Putin to make a visit to Israel", "invited the new President to make a state visit": the one invited visits.
	if (trigger.id === 'kind.invited-to-visit') {
		subjects.splice(0, subjects.length, ...invitee(cue, body, names));
		subjectRule = 'parties.invitee-visits';
	}
	// "he invited the 99-year-old Kissinger to visit", "extended an invitation to Qureshi to visit Kabul": the one invited
	// comes to the one who invites, who opens the clause or is the "he" right before the invitation.
	const invitation = trigger.id === 'kind.invited-to-come' ? INVITATION.exec(body.slice(clause.start, at)) : null;
	if (invitation) {
		const from = clause.start + invitation.index;
		const invited = candidates.filter((x) => x.kind === 'person' && x.start >= from && x.end <= at);
		const inviter = invitation[1]
			? referentFor(cue.referents, invitation[1])
			: (candidates.filter((x) => x.kind === 'person' && x.start >= clause.start && x.end <= from).at(-1)?.name ?? null);
		const parties = [...(inviter ? [{ name: inviter }] : []), ...invited].filter((x, i, all) => all.findIndex((y) => y.name === x.name) === i);
		if (invited.length && parties.length > 1) {
			subjects.splice(0, subjects.length, ...parties);
			subjectRule = 'parties.inviter-and-invitee';
		}
	}
	// "traveled to Italy, along with federal prosecutor John Durham": the company of a trip travels too.
	const company = trigger.travel ? candidates.filter((x) => x.kind === 'person' && x.start >= after && COMPANY_BEFORE.test(body.slice(after, x.start))) : [];
	if (company.length && subjects.length) {
		subjects.push(...company.filter((x) => !subjects.some((s) => s.name === x.name)));
		subjectRule = 'parties.company-of-trip';
	}
	// "the Trump-Putin Alaska summit": the people joined before a noun, when the words around it name fewer.
	const joinedPeople = trigger.noun && !trigger.travel && subjects.length < 2 ? peopleJoinedBefore(body, clause.start, at, names) : [];
	if (joinedPeople.length > 1) {
		subjects.splice(0, subjects.length, ...joinedPeople);
		subjectRule = 'parties.names-joined-before-noun';
	}
	// "North Korea canceled talks with South Korea": with no person around a noun, the state or body before it acts;
	// "trilateral Russia-Ukraine-US talks": with the states joined to it.
	// Not "coordinated with the National Security Council … to pull off the Trump-Kim meeting": names joined before the
	// noun say whose event it is, though none of them be found.
	if (trigger.noun && !trigger.travel && !subjects.length) {
		const joined = JOINED_NAMES_BEFORE.exec(body.slice(clause.start, at));
		const joinedFrom = joined ? clause.start + joined.index : clause.start;
		const acting = before.filter((x) => STATE_KINDS.has(x.kind) && x.start >= joinedFrom && acts(x)).at(-1);
		if (acting) {
			subjects.push(...statesJoinedBefore(before, acting, body));
			subjectRule = 'parties.state-before-noun';
		}
	}
	// "Officials from Russia, Ukraine, and the United States began talks": the states whose people act.
	const delegates = !subjects.some((x) => names.entities.get(x.name)?.kind === 'person') ? DELEGATES_OF.exec(body.slice(cue.sentence.start, at)) : null;
	const listed = delegates ? statesListed(candidates, cue.sentence.start + delegates.index + delegates[0].length, body) : [];
	// The list is the subject of the event word itself: only a verb's words stand between them.
	const delegations = listed.length && /^\s+(?:[\w-]+\s+){0,3}$/.test(body.slice(listed.at(-1)!.end, at)) ? listed : [];
	if (delegations.length) {
		subjects.splice(0, subjects.length, ...delegations);
		subjectRule = 'parties.delegations-of-states';
	}
	// "Kazakhstan’s Foreign Minister Murat Nurtleu and Sri Lankan FM have had …": a subject joined by its role.
	const joinedRole = subjects.length && !trigger.noun ? ROLE_JOINED.exec(body.slice(before.at(-1)?.end ?? at, at)) : null;
	// Not "U.S. and Chinese officials": a role in the plural is a group, not one person.
	const joinedName = joinedRole && isRoleWord(joinedRole[2]!) && !GROUP_NOUNS.has(joinedRole[2]!.toLowerCase())
		? subjectByRole(joinedRole[1]!, joinedRole[2]!.toLowerCase(), at, body, names)
		: null;
	if (joinedName && !subjects.some((x) => x.name === joinedName)) {
		subjects.push({ name: joinedName });
		subjectRule = 'parties.subject-joined-by-role';
	}
	// "South Korean and Japanese foreign ministers are to hold bilateral talks": one person for each nationality.
	const nationals = !people.length ? nationalsByRole(body.slice(clause.start, at), body, names) : [];
	// "U.S. and Chinese officials met for talks": with no one named for them, the states whose officials met.
	const openerOnly = !subjects.length || subjectRule === 'parties.sentence-opener';
	const statesMet = !people.length && !nationals.length && openerOnly ? statesOfNationals(body.slice(clause.start, at), names) : [];
	if (nationals.length || statesMet.length) {
		subjects.splice(0, subjects.length, ...[...nationals, ...statesMet].map((name) => ({ name })));
		subjectRule = nationals.length ? 'parties.nationals-by-role' : 'parties.states-of-nationals';
	}
	if (!trigger.noun && !people.length && !nationals.length) {
		const title = TITLE_SUBJECT.exec(body.slice(clause.start, at));
		// "the Iranian top official met": by the title, else the one person whose role names that country.
		const role = title && isRoleWord(title[1]!) ? title : null;
		const named = role ? subjectByRole(role[0], role[1]!.toLowerCase(), at, body, names) : null;
		if (named) {
			subjects.splice(0, subjects.length, { name: named });
			subjectRule = 'parties.subject-by-title';
		}
	}
	const destination = destinationOf(cue, whom, body);
	const bodies = bodiesOf(cue, whom, destination, body);
	// "talks with South Korea", "met with NATO": a country or body right after the word is the other party when no one is named.
	// "met with a number of world leaders, including Benjamin Netanyahu and Justin Trudeau": the people the group includes.
	const group = !trigger.noun && !whom.some((x) => x.kind === 'person') ? INCLUDING.exec(body.slice(after, cue.sentence.end)) : null;
	const included = group ? candidates.filter((x) => x.kind === 'person' && x.start >= after + group[0].length && x.end <= cue.sentence.end) : [];
	// "for meetings on Monday with Hungarian officials, including Prime Minister Viktor Orban": the group met, as written.
	const includingGroup = included.length && group ? GROUP_BEFORE_INCLUDING.exec(group[0]) : null;
	const groupIncluding = includingGroup ? groupEnding(includingGroup, after) : null;
	// At most three people met, unless they are one list ("met in person with A, B, C, D, and E").
	const met = [...whom.filter((x) => x.kind === 'person'), ...included];
	const metList = joinedList(met, body);
	const named = trigger.group ? [] : metList.length > 3 ? metList : met.slice(0, 3);
	// "co-chair the Joint Council": the gathering chaired is no party.
	const stateMet = !trigger.travel && !trigger.person && !trigger.chaired && !named.length && !bodies.length;
	const state = stateMet ? statesListed(whom, after, body, /^\s*(?:with\s+)?(?:the\s+)?$/).filter(acts) : [];
	// "a meeting with Uzbekistan’s president", "met her South Korean counterpart": a role the article does not name, as written.
	const role = !trigger.unnamed && !named.length && !bodies.length && !destination.length ? ROLE_PARTY.exec(body.slice(after, clause.end)) : null;
	// "her South Korean counterpart": the one person the article names with that country in a role, or kept as written.
	// "his counterpart in South Korea": the country may follow the noun.
	const roleEnd = role ? after + role.index + role[0].length : 0;
	const countryAfter = role ? (/^\s+(?:in|from|of)\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?/u.exec(body.slice(roleEnd, clause.end))?.[0] ?? '') : '';
	const resolved = role && COUNTERPART_NOUNS.test(role[2]!) ? counterpartByRole(role[1]! + countryAfter, subjects, body, names) : null;
	if (resolved) subjectRule = 'parties.counterpart-by-role';
	let counterparts = [...named, ...bodies, ...(role ? [] : state), ...(resolved ? [resolved] : [])];
	// "Meeting with Phuc, Mr. Trump praised …", "He proceeded …, holding talks with Elbegdorj": the sentence's subject,
	// when the phrase holding the word does not give the event whole: a verb needs a subject of its own, a noun ("a call
	// with Trump") a second party.
	const { subject } = cue;
	const others = (list: { name: string }[]) => new Set(list.filter((x) => x.name !== subject?.name).map((x) => x.name));
	const incomplete = trigger.noun
		? others([...subjects, ...counterparts]).size < 2
		: !subjects.some((x) => x.name !== subject?.name && !counterparts.some((c) => c.name === x.name));
	if (subject && incomplete && aboutSubject(cue, body)) {
		subjects.splice(0, subjects.length, subject);
		// A verb's subject is not also whom it met ("Meeting with Phuc, Mr. Trump"); a noun keeps whom it names.
		if (!trigger.noun) counterparts = counterparts.filter((c) => c.name !== subject.name);
		subjectRule = 'parties.subject-of-sentence';
	}
	// "would snub Netanyahu, saying both Obama and Biden would not meet with him": "him" is the person named before.
	const objectPronoun = !trigger.noun && !counterparts.length ? OBJECT_PRONOUN.exec(body.slice(after, after + 5)) : null;
	if (objectPronoun) {
		const taken = new Set(subjects.map((x) => x.name));
		const earlier = candidates.filter((x) => x.kind === 'person' && x.end <= at && !taken.has(x.name)).at(-1);
		const stands = referentFor(cue.referents, objectPronoun[1]!);
		const referent = stands && !taken.has(stands) ? names.mentions.find((m) => m.name === stands) : undefined;
		const him = earlier ?? referent;
		if (him) {
			counterparts = [him];
			subjectRule = subjectRule === 'parties.subject-in-clause' ? 'parties.object-pronoun' : subjectRule;
		}
	}
	// A list of nationalities runs past the commas that end a clause: "with Iraqi, American, and coalition officials".
	const unnamedEnd = /^\p{Lu}/u.test(body.slice(after, after + 1)) ? cue.sentence.end : clause.end;
	const unnamedParty = trigger.group ? TOLD_GROUP_PARTY : UNNAMED_PARTY;
	const described = trigger.unnamed && !counterparts.length && !destination.length ? unnamedParty.exec(body.slice(after, unnamedEnd)) : null;
	// "Iranian and American counterparts": a counterpart is a role, the subject's own.
	const roleWord = (w: string) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')) || COUNTERPART_NOUNS.test(w);
	const byRole = (phrase: string) => phrase.toLowerCase().split(/\s+/).some(roleWord);
	// "to meet those needs": a thing met is no one (by its head: "parents of children with special needs" are people).
	const headNoun = described ? described[1]!.toLowerCase().split(/\s+(?:of|with|who|that|facing|\w+ing)\b/)[0]!.split(/\s+/).at(-1)! : '';
	const thing = THINGS_MET.has(headNoun);
	const describedParty = described && !thing && (!trigger.byRole || byRole(described[1]!)) ? described : null;
	// "will host the US president": a role of a country, when the article names the one person whose role names it.
	const head = describedParty ? /^the\s+(?:[\w.-]+\s+){1,3}?([a-z-]+)$/i.exec(describedParty[1]!) : null;
	const byTitle = head && isRoleWord(head[1]!) ? (counterpartByRole(describedParty![1]!, subjects, body, names)?.name ?? null) : null;
	const titled = byTitle && !subjects.some((x) => x.name === byTitle) ? names.mentions.find((m) => m.name === byTitle) : undefined;
	if (titled) {
		counterparts = [titled];
		subjectRule = 'parties.counterpart-by-title';
	}
	const unnamed = titled ? null : describedParty;
	// "after visiting U.S. troops at Fort Bragg", "a condolence visit to the families in Beit Shemesh": whom a trip went to
	// see, as written, when it names no one.
	// "signed a trade deal with Vietnamese leaders": whom a signing was with, as written.
	const seen = trigger.travel && !counterparts.length ? VISITED_GROUP.exec(body.slice(after, clause.end)) : null;
	const signedWith = trigger.kind === 'signing' && !counterparts.length ? SIGNED_WITH_GROUP.exec(body.slice(after, clause.end)) : null;
	const groupSeen = seen ? groupEnding(seen, after) : null;
	const groupWith = signedWith ? groupEnding(signedWith, after) : null;
	// A legislature written in lower case ("tabled the budget in parliament") is named as written.
	const chamber = (trigger.speech || trigger.chamber) && !bodies.length && cue.chamber ? { start: after - cue.chamber.length, end: after } : null;
	// "Obama will attend the G20 summit in Hangzhou": the gathering, as written, when no one else is named.
	const alone = subjects.length === 1 && names.entities.get(subjects[0]!.name)?.kind === 'person' && !counterparts.length;
	const gathering = trigger.kind === 'summit' && trigger.noun && alone ? summitBody(body, clause.start, cue.word, names) : null;
	const counterpart = unnamed
		? { start: after, end: after + unnamed[1]!.length }
		: role && !resolved
			? groupEnding(role, after)
			: (chamber ??
				gathering ??
				groupAfterNamed(named, body, cue.sentence.end) ??
				groupAfterNamed(inClause, body, at) ??
				groupSeen ??
				groupWith ??
				groupIncluding);
	// "visiting U.S. troops": a country qualifying whom the trip went to see is not where it went.
	const stops = groupSeen ? destination.filter((d) => d.end <= groupSeen.start || d.start >= groupSeen.end) : destination;
	return { subjects, counterparts, bodies, destination: stops, counterpart, rule: subjectRule };
}

/**
 * Pass 2, place: where a trip went ("visited China", "an envoy to Moscow and Kyiv", never where it came from), else a
 * place after "in"/"at" in the clause, else a capitalised name after "in"/"at" that no list knows.
 */
function placeOf(cue: Cue, body: string, destination: Mention[], gathering: TextRange | null, told = true): Decision | null {
	const [first, last] = [destination[0], destination.at(-1)];
	if (first && last) {
		// "to Moscow and Kyiv": several destinations joined by commas and "and" are one place as written.
		const joined = destination.every((d, i) => i === 0 || /^\s*(?:,|,?\s+and)\s+$/.test(body.slice(destination[i - 1]!.end, d.start)));
		const end = joined ? last.end : first.end;
		// "to Trump's Mar-a-Lago Florida retreat", "in his New York City mansion": the home the name is of belongs to the place.
		return { rule: 'place.trip-destination', evidence: withVenueNoun({ start: first.start, end }, body) };
	}
	// Where another event word starts after this one, its own place follows ("the summit preceded talks … in Hanoi").
	// "signed an agreement on the sidelines of the G7 summit in Italy": the setting's place is the event's too.
	// "expected to meet with Putin during a planned summit … in Minsk": the gathering it is held during, too.
	const setting = (w: TextRange) => SETTING_OF.test(body.slice(cue.sentence.start, w.start)) || DURING_GATHERING.test(body.slice(cue.word.end, w.start));
	const next = cue.otherWords.find((w) => w.start >= cue.word.end && !JOINED.test(body.slice(cue.word.end, w.start)) && !setting(w));
	const end = Math.min(cue.clause.end, next?.start ?? cue.clause.end);
	const whom = cue.candidates.filter((x) => x.start >= cue.word.start && x.end <= end);
	// Not "his counterpart in South Korea", a country that says whose counterpart ("counterpart in Jakarta" is where).
	const whose = (x: Mention) => x.kind === 'country' && /\bcounterparts?\s+in\s+$/.test(body.slice(Math.max(0, x.start - 20), x.start));
	const whereAt = (x: Mention) => /\b(?:in|at)\s+$/.test(body.slice(Math.max(0, x.start - 4), x.start)) && !whose(x);
	const named = whom.find((x) => (x.kind === 'place' || x.kind === 'country') && whereAt(x));
	if (named) return { rule: 'place.in-or-at', evidence: withVenueNoun(named, body) };
	// "in the Trump administration": a person's name qualifies what follows, it is no place.
	const person = (r: TextRange) => cue.candidates.some((x) => x.kind === 'person' && x.start < r.end && r.start < x.end);
	// "was received at the Noor Khan Airbase by": a passive's words hold where, before its agent.
	const from = /\bby\s+$/.test(body.slice(cue.word.start, cue.word.end)) ? cue.word.start : cue.word.end;
	const unknown = placeNamedAfter(body, from, end);
	if (unknown && !person(unknown)) return { rule: 'place.capitalised-after-in-or-at', evidence: withVenueNoun(unknown, body) };
	const venue = VENUE_AFTER_IN_OR_AT.exec(body.slice(from, end));
	if (venue) return { rule: 'place.venue-after-in-or-at', evidence: groupEnding(venue, from) };
	// "the June 12 Trump-Kim meeting, held in Singapore": a participle right after the noun says where it was.
	const heldIn = cue.candidates.find((x) => (x.kind === 'place' || x.kind === 'country') && HELD_IN.test(body.slice(cue.word.end, x.start)));
	if (heldIn) return { rule: 'place.held-in-after-noun', evidence: withVenueNoun(heldIn, body) };
	// "met Aleinik on the sidelines of the BRICS ministerial meeting": the gathering is where, when no town is named; a
	// meeting still to come is placed by the venue announced for it, not by the gathering it is planned beside.
	const sidelines = told ? sidelinesOf(body, cue.word.end, cue.sentence.end) : null;
	if (sidelines) return { rule: 'place.sidelines-of-gathering', evidence: sidelines };
	// "The Camp David summit", "the Trump-Putin Alaska summit": a place that qualifies the event noun, unless it names
	// the gathering that takes part ("the East Asia Summit").
	const attributive = cue.trigger.noun && !gathering
		? cue.candidates.find((x) => x.kind === 'place' && /^\s+$/.test(body.slice(x.end, cue.word.start)))
		: undefined;
	return attributive ? { rule: 'place.qualifies-event-noun', evidence: attributive } : null;
}

/** "’s Mar-a-Lago Florida retreat", "’s residence": a home, named or not, after a possessive ending at `at`. */
// "’s party office": the home may follow one word that says whose or what for.
const POSSESSED_WORDS = /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
function homeAfter(body: string, at: number): boolean {
	const words = POSSESSED_WORDS.exec(body.slice(at, at + 80));
	return words !== null && (RESIDENCE_NOUNS.has(words[1]!) || (words[2] !== undefined && RESIDENCE_NOUNS.has(words[2])));
}

interface SentenceState {
	body: string;
	names: Names;
	published: string | null;
	/** Events already found in earlier sentences, in order. */
	out: RawMeeting[];
	/** The last sentence that gave a day, and its index. */
	lastDay: LastDay | null;
	/** The sentence before this one. */
	previous: TextRange | null;
	/** The person the latest sentence with a subject was about, and that sentence's index. */
	lastSubject: { name: string; sentence: number } | null;
	/** Each name's gender once worked out (keptGenderOfName): every sentence asks again about the people before it. */
	genders: Map<string, Gender | null>;
}

/** "The crown prince has come": a title after "The" opening a sentence, and the verb after it. */
const TITLE_OPENS = /^\W*The\s+(?:[\w.-]+\s+){0,2}?[A-Za-z-]+(?=\s+(?:has|have|had|is|was|will|would)\b|\s+[a-z]+ed\b)/;
/** Sentences back that "he" may reach for the subject of an earlier sentence. */
const SUBJECT_REACH = 3;

/**
 * Who a pronoun opening a clause stands for: the subject of an event of the sentence before, else that sentence's own
 * subject, else the one person it names, else the subject of a sentence shortly before.
 */
function pronounReferent(state: SentenceState, index: number, gender: Gender): string | null {
	const { out, previous, names, lastSubject } = state;
	if (!previous) return null;
	// "she" never stands for a man the article shows as one, nor "he" for a woman.
	const agrees = (name: string) => [gender, null].includes(keptGenderOfName(name, state));
	const event = out.at(-1);
	const first = event?.participants[0];
	if (event && first && event.sentence.start >= previous.start && names.entities.get(first)?.kind === 'person' && agrees(first)) return first;
	if (lastSubject && lastSubject.sentence === index - 1 && agrees(lastSubject.name)) return lastSubject.name;
	const people = new Set(within(names.mentions, previous.start, previous.end).filter((m) => m.kind === 'person' && agrees(m.name)).map((m) => m.name));
	if (people.size === 1) return [...people][0]!;
	// "The crown prince has come for a two-day visit. He was received …": the one given the title opening the sentence before.
	const title = people.size ? null : TITLE_OPENS.exec(state.body.slice(previous.start, previous.end));
	const titled = title ? titledBefore(gender === 'f' ? 'she' : 'he', title[0], previous.start + title[0].length, state.body, names) : null;
	if (titled) return titled;
	return lastSubject && index - lastSubject.sentence <= SUBJECT_REACH && agrees(lastSubject.name) ? lastSubject.name : null;
}

/** "the commission will meet the President …. It met the Chief Justice yesterday": the body acting in the sentence before's event. */
function bodyReferent(state: SentenceState): string | null {
	const event = state.out.at(-1);
	const first = event?.participants[0];
	const acted = event && state.previous && first && event.sentence.start >= state.previous.start;
	return acted && state.names.entities.get(first)?.kind === 'organisation' ? first : null;
}

/** "the King", "the new President": a title after "the", up to its role word. */
const THE_TITLE = /\b[Tt]he\s+((?:[\w.-]+\s+){0,2}[A-Za-z-]+)\b/g;

/**
 * "with the King setting out proposals … as he opened the new session": a "he" the sentences before leave open stands
 * for the person titled last before it in its own sentence, when the article names one with that title and gender.
 */
function titledBefore(pronoun: string, before: string, at: number, body: string, names: Names): string | null {
	const gender: Gender = /^she$/i.test(pronoun) ? 'f' : 'm';
	for (const m of [...before.matchAll(THE_TITLE)].reverse()) {
		const words = m[1]!.split(/\s+/);
		const head = words.findIndex(isRoleWord);
		if (head < 0) continue;
		const name = subjectByRole(words.slice(0, head + 1).join(' '), words[head]!.toLowerCase(), at, body, names);
		return name && [gender, null].includes(genderOfName(name, names, body)) ? name : null;
	}
	return null;
}

/** Who "he" stands for and who "she" does. */
interface Referents {
	m: string | null;
	f: string | null;
	/** Whom "It" opening the sentence stands for: the body that acted in the event of the sentence before. */
	body?: string | null;
}
const referentFor = (referents: Referents, pronoun: string): string | null => referents[pronounGender(pronoun) === 'f' ? 'f' : 'm'];

/**
 * The referents of the sentence at `index`, "he" and "she" each worked out when first asked: most sentences have no
 * pronoun to resolve. What they read (the events and the subject of the sentences before) changes only once the
 * sentence is read, so asking later gives what asking first would.
 */
function referentsOf(state: SentenceState, index: number): Referents {
	let m: string | null | undefined;
	let f: string | null | undefined;
	return {
		get m() {
			return m === undefined ? (m = pronounReferent(state, index, 'm')) : m;
		},
		get f() {
			return f === undefined ? (f = pronounReferent(state, index, 'f')) : f;
		},
		body: bodyReferent(state),
	};
}

/** A person's gender as the article shows it: names, aliases and roles as written. */
function genderOfName(name: string, names: Names, body: string): Gender | null {
	const entity = names.entities.get(name);
	return entity ? genderOf([name, ...entity.aliases, ...entity.roles.map((r) => body.slice(r.start, r.end))]) : null;
}

/** Whether the words after a teller's verb hold the teller's own "he" or "she" ("said when she first met"). */
function saidOf(teller: Mention, words: string, state: SentenceState): boolean {
	const said = SAYER_PRONOUN.exec(words);
	const pronoun = said ? /\b(he|she)\b/i.exec(said[0]) : null;
	if (!said || !pronoun) return !!said;
	const gender = keptGenderOfName(teller.name, state);
	return gender === null || gender === pronounGender(pronoun[1]!);
}

/** genderOfName, worked out once per name of the article. */
function keptGenderOfName(name: string, { names, body, genders }: SentenceState): Gender | null {
	if (!genders.has(name)) genders.set(name, genderOfName(name, names, body));
	return genders.get(name) ?? null;
}

/**
 * The person a sentence is about: "He" opening it stands for the referent; else the first person whose name opens the
 * sentence after titles only, or opens its main clause after an opening phrase, with a verb after it.
 */
function sentenceSubject(people: Mention[], from: number, body: string, referents: Referents): { name: string; start: number } | null {
	// "With Trump’s help, he largely managed …": "he" opening the main clause after a phrase that names no one acting.
	const afterPhrase = PRONOUN_AFTER_PHRASE.exec(body.slice(from, from + 120));
	const phraseNames = afterPhrase ? people.filter((x) => x.start < from + afterPhrase[0].length && !/^['’]s\b/.test(body.slice(x.end, x.end + 3))) : [];
	const opener = PRONOUN_OPENER.exec(body.slice(from, from + 6)) ?? (phraseNames.length ? null : afterPhrase);
	if (opener) {
		const referent = referentFor(referents, opener[1]!);
		return referent ? { name: referent, start: from } : null;
	}
	const subject = people.find((x) => {
		const before = body.slice(from, x.start);
		const after = body.slice(x.end, x.end + 120).replace(APPOSITION, '');
		return (TITLES_ONLY.test(before) || AFTER_OPENING_PHRASE.test(before)) && VERB_AFTER_NAME.test(after) && !qualifiesNoun(body, x);
	});
	// "It is Mr Wong’s second visit to China, having met Premier Li …": after an empty "it", the one whose trip the sentence
	// tells is whom it is about.
	const owner = subject ? undefined : people.find((x) => EMPTY_IT_BEFORE.test(body.slice(from, x.start)) && /^['’]s\s/.test(body.slice(x.end, x.end + 3)));
	const about = subject ?? owner;
	return about ? { name: about.name, start: about.start } : null;
}

/**
 * Whether the event word stands in a phrase about the sentence's subject: an opening phrase before it ("Meeting with
 * Phuc, Mr. Trump praised …") or a participle clause after it ("He proceeded …, holding talks with Elbegdorj").
 */
function aboutSubject(cue: Cue, body: string): boolean {
	const { subject, word, clause } = cue;
	if (!subject) return false;
	if (word.end <= subject.start)
		return (
			OPENING_EVENT.test(body.slice(clause.start, word.start)) &&
			AFTER_OPENING_PHRASE.test(body.slice(cue.sentence.start, subject.start)) &&
			body.slice(word.end, subject.start).includes(',')
		);
	if (COORDINATED_VERB.test(body.slice(subject.start, word.start))) return true;
	return clause.start > subject.start && PARTICIPLE.test(body.slice(clause.start, word.end));
}

/** Each word of the triggers' words, with the triggers (their places in TRIGGERS) that need it. */
const TRIGGERS_BY_WORD = (() => {
	const byWord = new Map<string, number[]>();
	TRIGGERS.forEach((t, i) => {
		for (const word of t.words) byWord.set(word, [...(byWord.get(word) ?? []), i]);
	});
	return byWord;
})();
/** A word as the triggers' words are written: letters, lower case. */
const WORD = /[a-z]+/g;
const NO_MATCHES: RegExpExecArray[] = [];

/**
 * Every trigger's matches in a sentence, in the order of TRIGGERS. Most sentences hold no event word: the sentence's
 * words tell which few triggers may match, and only their patterns read it.
 */
function triggerMatches(text: string): RegExpExecArray[][] {
	const matches = TRIGGERS.map(() => NO_MATCHES);
	for (const word of text.toLowerCase().match(WORD) ?? []) {
		for (const i of TRIGGERS_BY_WORD.get(word) ?? []) if (matches[i] === NO_MATCHES) matches[i] = allMatches(TRIGGERS[i]!.re, text);
	}
	return matches;
}

/** Where every event word of a sentence stands. */
function eventWords(matches: RegExpExecArray[][], offset: number): (TextRange & { kind: Trigger['kind']; noun: boolean })[] {
	return TRIGGERS.flatMap((t, i) =>
		matches[i]!.map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, kind: t.kind, noun: t.noun === true })),
	);
}

/** A sentence as read before its events: the names outside quotations, and who its pronouns and phrases stand for. */
interface SentenceReading {
	/** Past the dateline: "HANOI, Vietnam —", "SEOUL, Jan. 2 (Yonhap) --" is where the story was filed, never a party or a place. */
	outsideQuotes: Mention[];
	referents: Referents;
	subject: Cue['subject'];
}

/** Every event a sentence tells, one per set of participants and status. */
function eventsOfSentence(
	sentence: TextRange,
	index: number,
	dates: DateMention[],
	inQuote: (offset: number) => boolean,
	state: SentenceState,
	{ outsideQuotes, referents, subject }: SentenceReading,
): RawMeeting[] {
	const { body, names, published, out, lastDay } = state;
	const text = body.slice(sentence.start, sentence.end);
	const matches = triggerMatches(text);
	// Most sentences have no word of a contact event: nothing more to read in them.
	if (matches.every((m) => m.length === 0)) return [];
	/** Where a name's reporting verb starts, for names that tell of something rather than take part. */
	const reports = new Map(
		outsideQuotes.flatMap((m) => {
			const verb = SPEAKS_AFTER.exec(body.slice(m.end, m.end + 80));
			return verb ? [[m, { at: m.end + verb[0].search(/\S+$/), end: m.end + verb[0].length }] as const] : [];
		}),
	);
	/** "Trump said Wednesday during a meeting with …": the teller speaks at the event, so takes part in it. */
	// "Premadasa, who was on a four-day visit to Jaffna, said": a teller's own relative clause tells of him.
	const tellsThere = (x: Mention, at: number) => {
		const verb = reports.get(x);
		return verb !== undefined && (verb.at === at || SPOKE_AT.test(body.slice(verb.end, at)) || OWN_RELATIVE.test(body.slice(x.end, at)));
	};
	const sentenceDates = within(dates, sentence.start, sentence.end);
	const found = new Map<string, RawMeeting>();
	/** Events told in a participle clause about the sentence's subject ("…, huddling with Obama"). */
	const participles = new Set<RawMeeting>();
	const words = eventWords(matches, sentence.start);
	for (const [i, trigger] of TRIGGERS.entries()) {
		for (const m of matches[i]!) {
			const at = sentence.start + m.index;
			// An event someone speaks of inside a quotation is their words, not a reported fact.
			if (inQuote(at)) continue;
			// "former Access Hollywood host Billy Bush", "CNN host Jake Tapper": "host" after a capitalised word is a noun, unless
			// the word ends the name of a person acting ("Jill Biden host Fumio Kishida"), not one a "former" or "the" qualifies.
			const hostNoun = /^host\s/.test(m[0]) && /\p{Lu}[\p{L}.]*\s$/u.test(body.slice(Math.max(0, at - 20), at));
			const host = hostNoun ? outsideQuotes.find((x) => x.kind === 'person' && x.end === at - 1) : undefined;
			if (hostNoun && (!host || /\b(?:former|longtime|veteran|then|the|a|an)\s$/i.test(body.slice(Math.max(0, host.start - 10), host.start)))) continue;
			// "declined to comment on whether the president would meet with Tung": a question asked is no event told.
			if (WHETHER.test(body.slice(sentence.start, at))) continue;
			if (!trigger.noun && CONDITION.test(body.slice(sentence.start, at))) continue;
			// "holding talks with", "was met in Muscat … by": words inside a longer match of the same kind are that match's event
			// (a verb inside a noun's words is still a verb: "the meeting between … met").
			const end = at + m[0].length;
			const inside = (w: (typeof words)[number]) => w.kind === trigger.kind && w.start <= at && w.end >= end && w.end - w.start > end - at;
			if (words.some((w) => inside(w) && (trigger.noun || !w.noun))) continue;
			// "President Obama told the U.N. General Assembly": the teller takes part when telling is the meeting.
			// "Mayer, Disney's chairman, said at the conference": an owner named in passing takes no part, but the
			// possessor of the event word does ("Xi's state visit").
			const ownsWord = (x: TextRange) => x.end === at || (x.end < at && POSSESSED[trigger.noun ? 'noun' : 'verb'].test(body.slice(x.end, at)));
			// "At a U.N. Security Council meeting, Ambassador X said": opening the sentence, the meeting is where X spoke.
			const spokeThere = trigger.speech || (trigger.host && !/\w/.test(body.slice(sentence.start, at)));
			// "visit to Trump's Mar-a-Lago retreat": the owner of the home a trip went to is its host.
			const hostOfPlace = (x: Mention) =>
				trigger.travel &&
				(x.kind === 'person' || x.kind === 'organisation') &&
				x.start > at &&
				/\b(?:to|by)\s+$/.test(body.slice(x.start - 4, x.start)) &&
				homeAfter(body, x.end);
			// "Rubio said at a Senate hearing": a teller speaks at the hearing (not "said at the Vox Media conference": a
			// talk at a firm's conference is no meeting with the firm).
			const atHearing = trigger.host === true && /hearing$/i.test(m[0]);
			const heldAt = atHearing ? at + m[0].search(/\S+$/) : at;
			const possessive = (x: (typeof outsideQuotes)[number]) => /^['’]s\b/.test(body.slice(x.end, x.end + 3));
			const candidates = outsideQuotes.filter(
				(x) =>
					(spokeThere || !reports.has(x) || tellsThere(x, heldAt)) &&
					(!possessive(x) || ownsWord(x) || hostOfPlace(x)) &&
					!(x.kind === 'person' && UNDER_LEADER.test(body.slice(Math.max(sentence.start, x.start - 60), x.start))),
			);
			const after = at + m[0].length;
			// Another event: a word of another kind ("spoke with Tsai by phone" is one call), not one of the same words
			// ("summit talks between"), so apart from this one by other words.
			const apart = (w: TextRange) => (w.end <= at && /\S/.test(body.slice(w.end, at))) || (w.start >= after && /\S/.test(body.slice(after, w.start)));
			const otherWords = words.filter((w) => w.kind !== trigger.kind && apart(w));
			const rest = text.slice(m.index + m[0].length);
			const clauseEnd = after + clauseEndIn(rest);
			// "continue to meet with homeless people every week": a habit, no one occasion.
			const clauseText = body.slice(clauseStart(body, at, sentence.start), clauseEnd);
			if (!trigger.noun && (HABITUAL.test(clauseText) || (trigger.travel && TRIPS_COUNTED.test(clauseText)))) continue;
			// "Pilgrims yearn to visit Bodh Gaya", "he wanted to visit North Korea someday": a wish, no occasion.
			if (!trigger.noun && (WISHED_OR_ASKED.test(body.slice(sentence.start, at)) || toldSomeday(body.slice(at, clauseEnd)))) continue;
			const cue: Cue = {
				trigger,
				sentence,
				word: { start: at, end: after },
				clause: { start: clauseStart(body, at, sentence.start), end: clauseEnd },
				candidates,
				chamber: m[1],
				spokeAtEvent: new Set(candidates.filter((x) => tellsThere(x, at))),
				referents,
				subject,
				sayer: [...reports].find(([x, verb]) => x.kind === 'person' && verb.end <= at && saidOf(x, body.slice(verb.end, at), state))?.[0] ?? null,
				otherWords,
			};

			const parties = partiesOf(cue, body, names);
			// A trip to several places listed is a trip to each; an envoy sent to several is one trip.
			const [firstStop, moreStops] = trigger.envoy ? [parties.destination, []] : [parties.destination.slice(0, 1), parties.destination.slice(1)];
			// "as he met Hong Kong's Democratic party chief amid warnings about the upcoming handover": a verb in the past is
			// done, whatever future its complement speaks of.
			const done = PAST_EVENT_VERB.test(body.slice(at, after)) && !futureMarker(body, sentence.start, at);
			// "The new government will focus on …, King Charles said in his speech for the State Opening": future words in what
			// a teller said are the words', not the tense of an event told after the teller's verb.
			const told = lastMatchAt(TOLD_IN_PAST, body.slice(sentence.start, at));
			const future = done ? null : futureMarker(body, told < 0 ? sentence.start : sentence.start + told, clauseEnd);
			const gathering = parties.counterpart && parties.counterpart.end === after ? parties.counterpart : null;
			const place = placeOf(cue, body, firstStop, gathering, future === null);
			// "will address the African Union when he travels on to Ethiopia on Sunday": a clause of time dates both events.
			const otherEvents = otherWords.filter((w) => !WHEN_CLAUSE.test(body.slice(Math.max(sentence.start, w.start - 40), w.start)));
			const counted = daysFromFirstDay(dateInSentence(sentenceDates, sentence, cue.clause, at, body, otherEvents), body, cue.word, sentence.end);
			const own = weekendFromFirstDay(counted, body, cue.word, sentence.end, trigger.travel === true);
			// "Trump swooped into Washington on Thursday …, huddling with Obama": a participle clause about the subject is
			// set at the time of the main clause, the day given after the subject and before the participle.
			// Not "It is his second visit this year, having met Li in May": a perfect participle tells what came before.
			const participle =
				parties.rule === 'parties.subject-of-sentence' &&
				cue.subject &&
				PARTICIPLE.test(body.slice(cue.clause.start, after)) &&
				!PERFECT_PARTICIPLE.test(body.slice(cue.clause.start, after));
			const mainDay = participle ? sentenceDates.filter((d) => d.start > cue.subject!.start && d.end <= cue.clause.start).at(-1) : undefined;
			const ownOrMain = own ?? (mainDay ? { date: mainDay, rule: 'date.of-main-clause' } : null);
			// "On the sidelines of the summit, Modi met …": a gathering named as the setting of another event is not one itself.
			if (trigger.noun && SETTING_OF.test(body.slice(sentence.start, at))) continue;
			// A noun alone ("to advance talks with North Korea") is an event only with a date, a place or someone named.
			// A gathering named with it ("the East Asia Summit") is one.
			// "Modi and Abe exchanged views during their meeting": "their" is the people named before it; "The two leaders
			// witnessed the signing of seven agreements": the pair of the event told before.
			const pairOpens = PAIR.exec(body.slice(cue.clause.start, at))?.index === 0;
			// "During a congratulatory call after …, the two leaders discussed": the pair opening the main clause.
			const pairAfter =
				trigger.noun && OPENING_EVENT.test(body.slice(cue.clause.start, at)) ? PAIR_AFTER_PHRASE.exec(body.slice(after, sentence.end)) : null;
			const theirs = (trigger.id === 'kind.their-meeting' && parties.subjects.length > 1) || pairOpens || pairAfter !== null;
			const describedParty = (trigger.kind === 'summit' || trigger.unnamed === true || trigger.chamber === true) && parties.counterpart !== null;
			// "Iran and the United States have yet to set a date for a new round of talks": states joined before the noun.
			const statesJoined = parties.rule === 'parties.state-before-noun' && parties.subjects.length > 1;
			const nobody = !parties.subjects.length && !parties.counterparts.length && !parties.counterpart;
			const opening = trigger.noun && nobody && THE_EVENT_OPENS.test(body.slice(sentence.start, at)) ? pairOpeningSentenceBefore(state) : [];
			// "Obama and Raúl Castro agreed in a telephone call": two people joined as the noun's subjects.
			const [first, second] = parties.subjects as Mention[];
			const pairNamed =
				trigger.noun &&
				parties.rule === 'parties.people-around-noun' &&
				parties.subjects.length === 2 &&
				first!.end < second!.start &&
				JOINED_BY_AND.test(body.slice(first!.end, second!.start));
			// "Rubio noted in a Senate hearing": the body that heard, and someone who spoke there (a meeting may have more).
			const bodyHeard = atHearing && parties.bodies.length > 0 && parties.subjects.length > 0;
			// "during the visit of then President Ranil Wickremesinghe": the visitor named right after the word is who went.
			const visitorNamed = trigger.visitorAfter === true && parties.subjects.some((x) => names.entities.get(x.name)?.kind === 'person');
			// "a ministerial meeting of the World Trade Organization": the body whose gathering it is.
			const bodyGathers = trigger.ofBody === true && parties.bodies.length > 0;
			const named =
				parties.counterparts.some((x) => x.kind === 'person') ||
				describedParty ||
				theirs ||
				statesJoined ||
				opening.length > 0 ||
				pairNamed ||
				bodyHeard ||
				visitorNamed ||
				bodyGathers;
			if (trigger.noun && !own && !place && !named) continue;

			let participants = [...new Set([...parties.subjects, ...parties.counterparts].map((x) => x.name))];
			let partyRule = parties.rule;
			if (opening.length) [participants, partyRule] = [opening, 'parties.pair-opening-sentence-before'];
			// An event between fewer than two parties continues the one just reported ("The meeting, which followed talks with …").
			const previous = out.at(-1);
			const continues = previous && previous.sentence.end <= sentence.start && sentence.start - previous.sentence.end <= 2 && REFERS_BACK.test(text);
			if (participants.length === 1 && !parties.counterpart && continues && !participants.includes(previous.participants[0]!) && !trigger.travel) {
				participants = [previous.participants[0]!, ...participants];
				partyRule = 'parties.continues-previous-event';
			}
			// "The two leaders previously held a summit": the pair of the event reported last; leaders are people.
			const owners = trigger.noun ? PAIR_OWNS.exec(body.slice(cue.clause.start, at)) : null;
			const pair = participants.length < 2 && !trigger.between ? (PAIR.exec(body.slice(cue.clause.start, at)) ?? pairAfter ?? owners) : null;
			const two = pair ? pairBefore([...out, ...found.values()], pair[1] ? (name) => names.entities.get(name)?.kind === 'person' : () => true) : [];
			if (two.length) [participants, partyRule] = [two, 'parties.the-two-of-last-event'];
			for (const one of separately(cue, participants, parties, body)) {
				if (!admitted(cue, one.participants, parties, body, names)) continue;
				const partOf = tripOf(text, sentence, at, body, [...out, ...found.values()], one.participants[0]!);
				const tripDay = partOf?.date ? { date: partOf.date, rule: 'date.of-trip-it-is-part-of' } : null;
				// A place of another of those met one by one is none of this meeting's.
				const ownTrip = partOf?.place && partOf.sentence.start === sentence.start;
				const inPhrase = ownTrip ? undefined : placeInTripPhrase(body, sentence.start, at);
				const tripPlace = inPhrase
					? { rule: 'place.named-in-trip-phrase', evidence: inPhrase }
					: partOf?.place
						? { rule: 'place.of-trip-it-is-part-of', evidence: partOf.place }
						: null;
				const where = place ? (placeIsOf(one, parties.counterparts, place.evidence, body) ? place : null) : tripPlace;
				const dated = ownOrMain ?? tripDay ?? carriedDay(lastDay, index, text, future !== null, one.participants);
				const { status, why: statusWhy } = statusOf(dated?.date ?? null, published, future, cue.word, body, cue.clause, sentence.end);
				// "On Thursday Zelenskyy called for a meeting with Putin": the day is the call's for it, not the meeting's.
				const when = statusWhy.rule === 'status.intent' ? null : dated;
				// "will travel to Moscow next month to meet Putin": the purpose is the same trip, not a second event.
				const trip = /\bto\s+$/.test(body.slice(at - 4, at))
					? [...found.values()].find((f) => f.kind === 'visit' && f.participants[0] === one.participants[0] && f.why.kind.evidence.start < at)
					: undefined;
				// "traveled to Beijing to ink a trade deal with China": the signing is its own event too, with the same parties.
				// "traveled to Prague to meet with Russian officials": whom it is for, when the article does not name them, as written.
				if (trip) {
					trip.participants = [...new Set([...trip.participants, ...one.participants])];
					if (!trip.counterpart && parties.counterpart) {
						trip.counterpart = parties.counterpart;
						trip.why.participants = { rule: 'parties.unnamed-whom-trip-is-for', evidence: { start: at, end: clauseEnd } };
					}
					if (trigger.kind !== 'signing') continue;
				}
				// "will travel to Shanghai for a dinner meeting with Chen": the meeting is what the trip is for, held where it went.
				const purpose =
					trigger.travel && place
						? [...found.values()].find(
								(f) =>
									f.kind !== 'visit' &&
									!f.place &&
									f.participants[0] === one.participants[0] &&
									PURPOSE.test(body.slice(place.evidence.end, f.why.kind.evidence.start)),
							)
						: undefined;
				if (purpose && place) {
					[purpose.place, purpose.why.place] = [{ start: place.evidence.start, end: place.evidence.end }, place];
					continue;
				}
				// "hosted Jaishankar last week, and the two will meet again next month": two events of the same pair.
				// "the US-ASEAN summit and the East Asia Summit": two gatherings named in one sentence are two events.
				const gathering = trigger.kind === 'summit' && parties.counterpart ? body.slice(parties.counterpart.start, parties.counterpart.end) : '';
				const same = `${one.participants.slice().sort().join('|')}|${status}|${parties.destination.map((d) => d.name).join('|')}|${gathering}`;
				// "made visits to the Kingdom, during which he held discussions with senior officials": of two readings of
				// another family, one with a party the article does not name, neither stands for the other.
				const earlier = found.get(same);
				const beside = earlier && !earlier.counterpart !== !parties.counterpart && KIND_FAMILY[earlier.kind] !== KIND_FAMILY[trigger.kind];
				const key = beside ? `${same}|${KIND_FAMILY[trigger.kind]}` : same;
				// "will meet with Iraqi, American, and coalition officials": the reading that finds whom they meet wins.
				if (found.has(key) && (found.get(key)!.counterpart || !parties.counterpart)) continue;
				const event: RawMeeting = {
					sentence,
					participants: one.participants,
					kind: trigger.nounKinds?.[body.slice(at, after).split(/\s+/).at(-1)!.toLowerCase()] ?? trigger.kind,
					place: where ? { start: where.evidence.start, end: where.evidence.end } : null,
					counterpart: parties.counterpart,
					date: when?.date ?? null,
					status,
					why: {
						kind: { rule: trigger.id, evidence: cue.word },
						participants: { rule: one.rule ?? partyRule, evidence: { start: Math.min(cue.clause.start, at), end: clauseEnd } },
						status: statusWhy,
						date: when ? { rule: when.rule, evidence: when.date } : null,
						place: where,
					},
					more: [],
					...(one.metAsOne ? { metAsOne: one.metAsOne } : {}),
				};
				found.set(key, event);
				if (participle) participles.add(event);
				for (const stop of moreStops) {
					const why = { ...event.why, place: { rule: 'place.each-destination-listed', evidence: { start: stop.start, end: stop.end } } };
					found.set(`${key}|${stop.name}`, {
						...event,
						participants: [...event.participants],
						place: { start: stop.start, end: stop.end },
						why,
						more: [],
					});
				}
			}
		}
	}
	// "swooped into Washington on Thursday for his first visit to the White House, huddling with Obama": a trip told with
	// a meeting in a participle clause about its traveller is that meeting, not an event of its own.
	const events = [...found.values()];
	const meetsThere = (v: RawMeeting) =>
		[...participles].some((m) => m !== v && KIND_FAMILY[m.kind] === 'met' && m.participants[0] === v.participants[0] && m.participants.length > 1);
	return events.filter((v) => !(v.kind === 'visit' && v.participants.length === 1 && !v.counterpart && meetsThere(v)));
}

/**
 * "During his visit to New Delhi, X will meet …", "met Y during the trip", "During a visit of several hours in
 * Bratislava, X is scheduled to meet …", "and later, travel to Bodh Gaya, as part of the visit": the event is part of a
 * trip told before.
 */
const DURING_TRIP = /\b(?:during|as\s+part\s+of)\s+(?:his|her|their|the|this|a)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay|tour)\b/i;
/** "During a visit of several hours in Bratislava,": a phrase of a trip opening the sentence, up to its comma. */
const DURING_TRIP_PHRASE = new RegExp(String.raw`^\W*${DURING_TRIP.source}[^,;]*,`, 'i');

/** "During a visit of several hours in Bratislava, Rubio is to meet Fico": the place the trip's opening phrase names. */
function placeInTripPhrase(body: string, sentenceStart: number, at: number): TextRange | undefined {
	const phrase = DURING_TRIP_PHRASE.exec(body.slice(sentenceStart, at));
	return phrase ? placeNamedAfter(body, sentenceStart, sentenceStart + phrase[0].length) : undefined;
}

/** Between a trip's word and an event word after it: "to Beijing last week, where he", "to Italy, where he and Durham". */
const WHERE_AFTER_TRIP = /^[^.;]*,\s+where\s+(?:he|she|they)\s+(?:and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?(?:\w+\s+){0,2}$/iu;

/**
 * The trip a sentence says its event is part of, whose date and place it takes when it has none of its own: the trip
 * just before the event word ("travelled to Beijing last week, where he met Xi"), or the person's latest dated trip
 * ("During his visit to New Delhi, X will meet Y").
 */
function tripOf(text: string, sentence: TextRange, at: number, body: string, earlier: RawMeeting[], person: string): RawMeeting | undefined {
	const trips = earlier.filter((m) => m.kind === 'visit' && m.participants[0] === person);
	const where = trips.findLast((m) => m.sentence.start === sentence.start && WHERE_AFTER_TRIP.test(body.slice(m.why.kind.evidence.end, at)));
	// Not "During a recent visit to Mar-a-Lago": a trip set at another time than the one told.
	const during = DURING_TRIP.exec(text);
	if (!during || OTHER_TIME.test(during[0])) return where;
	// "During his working visit in the United States, X met Y": the trip the sentence itself tells, dated or not.
	return where ?? trips.findLast((m) => m.sentence.start === sentence.start && m.place) ?? trips.findLast((m) => m.date);
}

/** "will visit the residences of A and B": the homes of each, so a visit to each. */
const HOMES_OF = new RegExp(String.raw`\b(?:${RESIDENCE_NOUN})s\s+of\b`, 'i');
/** Words that make several people met one meeting ("met A and B together", "a trilateral meeting"). */
const TOGETHER = /\b(?:together|jointly|trilateral|three-way|four-way|joint|all|group)\b/i;
/** Subjects that act each on their own: "both Obama and Biden would not meet", "Both envoys of India and China met". */
const EACH_SUBJECT = /\b(?:[Bb]oth|[Ee]ach of)\s+(?:(?:the\s+)?[a-z]+\s+(?:of|from)\s+)?\p{Lu}[^,;]*$/u;
/** Words that make talks or meetings with several people several ("held separate talks with", "bilateral talks with A and B"). */
const APART = /\b(?:separate|separately|bilateral|respective|each|individually)\b/i;
/**
 * Before or among two people met, words that make each a meeting of its own: one of a group ("met a number of world
 * leaders, including A and B"), one after the other ("met A … before meeting B") or each somewhere else ("called on A
 * at the Istana and B in his office").
 */
const EACH_OWN = /\b(?:before|after|then|later|at|in)\b/i;
/**
 * Of a group whose members are named after "including", a round of meetings over time ("has met with a number of world
 * leaders, including A and B"), not key figures met on one occasion ("met with key figures in the German government,
 * including A and B").
 */
const ROUND_OF = /\b(?:has|have|had)\s+(?:\w+\s+)?met\b|\b(?:a number of|several|many|various|numerous|dozens of|a series of|a host of|other|world)\s/i;
const INCLUDING_MEMBERS = /\b(?:including|among them|such as)\b/i;
/** "on the sidelines of the summit", "on the margins of the G20": meetings there are each a bilateral one. */
const MARGINS = /\b(?:sidelines|margins)\b/i;

/**
 * Whether the people met after the word met the subject together: talks unless told apart ("held talks with A and B");
 * a meeting when the clause says so, or with two people named one after the other and nothing setting them apart
 * ("met Jaishankar and Doval"); a list of three or more ("is due to meet A, B and C") is a round of meetings.
 */
function metTogether(cue: Cue, met: Mention[], body: string): boolean {
	const clause = body.slice(cue.clause.start, cue.clause.end);
	if (cue.trigger.kind === 'talks') return !APART.test(clause);
	if (cue.trigger.travel && HOMES_OF.test(clause)) return false;
	if (TOGETHER.test(clause)) return true;
	if (met.length !== 2 || APART.test(clause) || MARGINS.test(body.slice(cue.sentence.start, cue.sentence.end))) return false;
	const group = body.slice(cue.clause.start, met[0]!.start);
	const between = body.slice(met[0]!.end, met[1]!.start);
	return !(INCLUDING_MEMBERS.test(group) && ROUND_OF.test(group)) && !EACH_OWN.test(between);
}

/**
 * Pass 3, separate meetings: "is due to meet A, B and C" is X with each of them, unless they met together (see
 * metTogether); a summit or talks named as a noun keep everyone named.
 */
function separately(
	cue: Cue,
	participants: string[],
	parties: Parties,
	body: string,
): { participants: string[]; rule?: string; met?: Mention; metAsOne?: string[] }[] {
	const met = parties.counterparts.filter((x) => x.kind === 'person');
	const people = met.map((x) => x.name);
	const subjects = participants.filter((p) => !people.includes(p));
	// "both Obama and Biden would not meet with him": each of the subjects with whom they meet.
	const each = subjects.length > 1 && people.length === 1 && EACH_SUBJECT.test(body.slice(cue.clause.start, cue.word.start));
	if (each && !cue.trigger.noun) return subjects.map((p) => ({ participants: [p, people[0]!], rule: 'parties.each-subject-separately' }));
	if (cue.trigger.noun || people.length < 2 || subjects.length === 0) return [{ participants }];
	// Together by no word that says so ("met A and B"): a later account may still tell them apart (see metOneByOne).
	const told = cue.trigger.kind === 'talks' || TOGETHER.test(body.slice(cue.clause.start, cue.clause.end));
	if (metTogether(cue, met, body)) return [told ? { participants } : { participants, metAsOne: people }];
	return met.map((x) => ({ participants: [...subjects, x.name], rule: 'parties.each-counterpart-separately', met: x }));
}

/** "in his office with Governor Brown": a place right before "with" and the next one met is where that one was met. */
const WITH_NEXT = /^\s+with\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;
/**
 * Of meetings with several people one by one, the one a place is of: "called on Lee at the Istana and Heng" met Lee
 * there; "the morning alongside Trump and the afternoon in his office with Brown" met Brown there. A place before the
 * first or after the last of them is where each was met.
 */
function placeIsOf(one: { met?: Mention }, met: Mention[], place: TextRange, body: string): boolean {
	if (!one.met) return true;
	const before = met.filter((x) => x.end <= place.start);
	const next = met.find((x) => x.start >= place.end);
	if (!before.length || !next) return true;
	const owner = WITH_NEXT.test(body.slice(place.end, next.start)) ? next : before.at(-1)!;
	return owner === one.met;
}

const GONE_TO = /^(?:went|goes|go)(?: directly| straight)? to\s+$/;
/** Words that make an event with a group several, one with each member: "held separate talks with". */
const SEPARATE = /\b(?:separate|individual)\b/i;
/** A group by a plural head: "his counterparts", "the foreign ministers" (the phrase as its event keeps it). */
const PLURAL_GROUP = /^(?:[\p{L}'’-]+\s+){0,3}[\p{L}-]+s$/u;

/** Pass 4, admission: enough parties, and the checks particular to bodies and legislatures. */
function admitted(cue: Cue, participants: string[], parties: Parties, body: string, names: Names): boolean {
	const { trigger } = cue;
	// "Trump urged Ukraine to …, Kyiv signed an agreement": someone named before the clause does not sign alone.
	const signer = trigger.kind === 'signing' && parties.rule !== 'parties.people-before-verb';
	const alone = signer || trigger.alone || parties.counterpart !== null || parties.destination.length > 0;
	if (participants.length < 2 && !(alone && participants.length === 1 && !trigger.between)) return false;
	// "Dent, in turn, went to McCarthy": going to a person, not to their home, is turning to them for help, no trip.
	const turnedTo =
		GONE_TO.test(body.slice(cue.word.start, cue.word.end)) &&
		cue.candidates.some((x) => x.kind === 'person' && x.start === cue.word.end && !homeAfter(body, x.end));
	if (turnedTo) return false;
	// "held separate bilateral talks with his counterparts from A, B and C": several meetings, each with one of a group
	// the sentence does not name, so none of them is the group's.
	const apart = SEPARATE.test(body.slice(cue.word.start, cue.word.end));
	if (apart && parties.counterpart && !parties.counterparts.length && PLURAL_GROUP.test(body.slice(parties.counterpart.start, parties.counterpart.end))) {
		return false;
	}
	// "plans to visit when it hosts the Irish Open": the verb's own subject is a thing, not the people named before.
	// Not "It met …" opening a sentence after a body's event: that body (rule 'parties.it-for-body').
	const itForBody = parties.rule === 'parties.it-for-body';
	if (!trigger.noun && !itForBody && /\bit\s+(?:\w+\s+)?$/i.test(body.slice(cue.clause.start, cue.word.start))) return false;
	const anyPerson = participants.some((p) => names.entities.get(p)?.kind === 'person');
	// "The major airlines … suspended service to China", "Chinese nationals who were visiting the US": a trip is
	// someone's; a body or a country alone makes none (but a state sends an envoy: "Beijing dispatched an envoy", and
	// its people travel).
	// "Ukraine's foreign minister visited Beijing", "NATO's secretary general traveled to Kyiv": the body's person travels.
	const roleWords = (x: Mention) => /^['’]s\s+((?:[\w-]+\s+){0,2}[\w-]+)/.exec(body.slice(x.end, x.end + 40))?.[1]!.split(/\s+/) ?? [];
	const ownPerson = within(names.mentions, cue.sentence.start, cue.sentence.end).some((x) => participants.includes(x.name) && roleWords(x).some(isRoleWord));
	if (trigger.travel && !trigger.envoy && !anyPerson && !parties.counterpart && !ownPerson) return false;
	// Telling is a meeting only with the person told.
	if (trigger.person && !parties.counterparts.some((x) => x.kind === 'person')) return false;
	// "Symonette spoke with Guardian Business": speaking to a news outlet is an interview, not a contact.
	const media = (x: Mention) => x.kind !== 'country' && x.name.split(/\s+/).some((w) => MEDIA_WORDS.has(w.toLowerCase()));
	if (trigger.kind === 'call' && parties.counterparts.length && parties.counterparts.every(media)) return false;
	// A body's meeting counts with someone named as taking part in it, not only the bodies named around it.
	if (trigger.host && (!parties.bodies.length || !anyPerson)) return false;
	// Before a legislature, someone named must speak there, in the same clause.
	if (trigger.speech && !(anyPerson && SPOKE.test(body.slice(Math.max(cue.sentence.start, cue.word.start - 60), cue.clause.end)))) return false;
	return true;
}

/** Where a name stands as a place: "at Camp David", "in Las Vegas", "near Walter Reed", "travel to Bodh Gaya". */
const PLACE_BEFORE = new RegExp(
	String.raw`\b(?:in|at|near|outside|inside|(?:travel|travels|travelled|traveled|flew|fly|flies|went|trip|journey)\s+(?:directly\s+)?to)\s+(?:the\s+)?$`,
);

/**
 * Names typed as people that the article puts where a place stands ("the summit at Camp David") and never gives a role:
 * places wherever the article names them ("The Camp David summit"), so never a party.
 */
function asPlaces(body: string, names: Names): Names {
	const places = new Set(
		names.mentions
			.filter((m) => m.kind === 'person' && !names.entities.get(m.name)?.roles.length && !/^['’]s\b/.test(body.slice(m.end, m.end + 3)))
			.filter((m) => PLACE_BEFORE.test(body.slice(Math.max(0, m.start - 30), m.start)))
			.map((m) => m.name),
	);
	if (!places.size) return names;
	return { entities: names.entities, mentions: names.mentions.map((m) => (places.has(m.name) ? { ...m, kind: 'place' as const } : m)) };
}

export function findMeetings(
	body: string,
	sentences: TextRange[],
	articleNames: Names,
	dates: DateMention[],
	published: string | null,
	inQuote: (offset: number) => boolean,
): RawMeeting[] {
	const names = asPlaces(body, articleNames);
	const state: SentenceState = { body, names, published, out: [], lastDay: null, previous: null, lastSubject: null, genders: new Map() };
	sentences.forEach((sentence, index) => {
		const referents = referentsOf(state, index);
		const filedFrom = sentence.start + (readDateline(body.slice(sentence.start, sentence.end))?.length ?? 0);
		const outsideQuotes = within(names.mentions, filedFrom, sentence.end).filter((m) => !inQuote(m.start));
		const subject = sentenceSubject(
			outsideQuotes.filter((m) => m.kind === 'person'),
			filedFrom,
			body,
			referents,
		);
		state.out.push(...eventsOfSentence(sentence, index, dates, inQuote, state, { outsideQuotes, referents, subject }));
		if (subject) state.lastSubject = { name: subject.name, sentence: index };
		state.previous = sentence;
		const ownDay = within(dates, sentence.start, sentence.end).find((d) => d.period.precision === 'day');
		if (!ownDay) return;
		const named = new Set(within(names.mentions, sentence.start, sentence.end).map((m) => m.name));
		const future = futureMarker(body, sentence.start, ownDay.end) !== null;
		state.lastDay = { date: ownDay, sentence: index, future, ahead: published !== null && ownDay.period.start > published, names: named };
	});
	// A listed agreement another rule already found signed keeps that reading.
	const signedAt = (e: RawMeeting) => (e.kind === 'signing' ? [e.why.kind.evidence.start] : []);
	const found = new Set(state.out.flatMap(signedAt));
	const listed = listedSignings(body, sentences, names, dates, published).filter((e) => !found.has(e.why.kind.evidence.start));
	const merged = mergeMentionsOfOneEvent(tripToMeetToldAgain(metOneByOne(namedInTheNextSentence([...state.out, ...listed], body), body), body), body);
	return companyToldAfter(merged, sentences, body, names).map((e) => withRegion(venueIn(e, body), body));
}

/** Capitalised words after a place and a comma: "Kampala, Uganda", "Windham, N.H.", "Abu Dhabi, United Arab Emirates". */
const AFTER_COMMA = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})/u;
const isRegion = (name: string) => COUNTRIES.has(name.toLowerCase()) || STATES.has(name.toLowerCase()) || STATE_ABBREVIATIONS.has(name.toLowerCase());

/** A place followed by its country or state is named with it, as written ('place.with-its-region'): "in Kampala, Uganda". */
function withRegion(event: RawMeeting, body: string): RawMeeting {
	const { place } = event;
	const after = place ? AFTER_COMMA.exec(body.slice(place.end, place.end + 60)) : null;
	if (!place || !after || isRegion(body.slice(place.start, place.end))) return event;
	const words = after[1]!.split(/\s+/);
	const region = words.map((_, n) => words.slice(0, words.length - n).join(' ')).find(isRegion);
	if (!region) return event;
	const widened = { start: place.start, end: place.end + after[0].indexOf(after[1]!) + region.length };
	// "to Tokyo, South Korea and the Philippines": a list goes on, the country is another stop.
	if (/^\s*,?\s*(?:and|or)\s/.test(body.slice(widened.end, widened.end + 8))) return event;
	// A trip's destination stays one, widened.
	const rule = DESTINATION_RULES.has(event.why.place?.rule ?? '') ? event.why.place!.rule : 'place.with-its-region';
	return { ...event, place: widened, why: { ...event.why, place: { rule, evidence: widened } } };
}

/** A town named after a venue: "in Sterling, Va.", "in Florida", "near Los Angeles". */
const TOWN_AFTER = /^\s+(?:in|near)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=(,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?)/u;
const isTown = (name: string) => isRegion(name) || CITIES.has(name.toLowerCase());

/**
 * A venue followed by the town it is in is named with it, as written ('place.venue-in-town'): "at Trump National Golf Club
 * in Sterling, Va.", "Mar-a-Lago estate in Florida"; a town the lists do not know counts when its state follows it.
 */
function venueIn(event: RawMeeting, body: string): RawMeeting {
	const { place } = event;
	if (!place || isTown(body.slice(place.start, place.end))) return event;
	const town = TOWN_AFTER.exec(body.slice(place.end, place.end + 80));
	if (!town) return event;
	const withState = town[2] ? AFTER_COMMA.exec(town[2]) : null;
	// "near Los Angeles. Their": the town's words end at a full stop that ends the sentence, not at one of an abbreviation.
	const words = town[1]!.split(/\s+/);
	const stopped = words.map((_, n) => words.slice(0, words.length - n).join(' ')).find((w) => w.endsWith('.') && isTown(w.slice(0, -1)))?.slice(0, -1);
	const name = isTown(town[1]!) || !stopped ? town[1]! : stopped;
	const known = isTown(name) || (withState !== null && withState[1]!.split(/\s+/).some((_, n, w) => isRegion(w.slice(0, w.length - n).join(' '))));
	if (!known) return event;
	const widened = { start: place.start, end: place.end + town[0].length - (town[1]!.length - name.length) };
	const rule = DESTINATION_RULES.has(event.why.place?.rule ?? '') ? event.why.place!.rule : 'place.venue-in-town';
	return { ...event, place: widened, why: { ...event.why, place: { rule, evidence: widened } } };
}

/** The place rules that give where a trip went. */
const DESTINATION_RULES = new Set(['place.trip-destination', 'place.each-destination-listed']);

/** Kinds that may name one contact ("will meet" … "the summit"), and which is the more specific. */
const KIND_FAMILY: Record<RawMeeting['kind'], string> = {
	meeting: 'met',
	talks: 'met',
	summit: 'met',
	visit: 'visit',
	call: 'call',
	signing: 'signing',
	hearing: 'hearing',
	address: 'address',
};
const KIND_RANK: RawMeeting['kind'][] = ['meeting', 'talks', 'summit'];

/** "He was accompanied on the trip by Sen. A and Sen. B": a traveller, then the company of the trip told before. */
const ACCOMPANIED_ON_TRIP = new RegExp(
	String.raw`^\W*(?:(he|she)|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))\s+(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+` +
		String.raw`(?:on|in|during|for)\s+(?:the|this|that|his|her)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|journey)\s+by\s+`,
	'iu',
);

/**
 * A trip's company named in the sentence right after it ("Obama’s visit to Kuwait was a part of a Middle East trip. He
 * was accompanied on the trip by Republican Sen. Charles Hagel … and Democratic Sen. Jack Reed"): they travelled too.
 */
function companyToldAfter(events: RawMeeting[], sentences: TextRange[], body: string, names: Names): RawMeeting[] {
	for (const [i, sentence] of sentences.entries()) {
		const told = ACCOMPANIED_ON_TRIP.exec(body.slice(sentence.start, sentence.end));
		const previous = sentences[i - 1];
		if (!told || !previous) continue;
		const tellings = (e: RawMeeting) => [e.sentence, ...e.more];
		const trip = events.findLast((e) => e.kind === 'visit' && tellings(e).some((t) => t.start === previous.start));
		const traveller = trip?.participants[0];
		if (!trip || !traveller || names.entities.get(traveller)?.kind !== 'person') continue;
		// "He" is the traveller; a name opening the sentence must be theirs.
		const opener = told[2] ? within(names.mentions, sentence.start, sentence.start + told[0].length).find((m) => m.kind === 'person') : undefined;
		if (told[2] && opener?.name !== traveller) continue;
		const company = within(names.mentions, sentence.start + told[0].length, sentence.end).filter((m) => m.kind === 'person' && m.name !== traveller);
		if (!company.length) continue;
		trip.participants = [...new Set([...trip.participants, ...company.map((m) => m.name)])];
		trip.why.participants = { rule: 'parties.company-told-after-trip', evidence: { start: sentence.start, end: sentence.end } };
		trip.more.push(sentence);
	}
	return events;
}

const COUNTED = new RegExp(String.raw`^(?:the\s+)?(${alternation(numberWords(2, 4))})\s`, 'i');

/**
 * "Clinton met Hong Kong's Democratic party chief … The White House downgraded the talks with Martin Lee": a party
 * described by a role, named in the next sentence that goes on about the event, is that person: one event; not a
 * sentence that tells another day or place ("… ahead of Blinken's meeting with Xi on Tuesday").
 */
function namedInTheNextSentence(events: RawMeeting[], body: string): RawMeeting[] {
	const described = (m: RawMeeting) =>
		m.counterpart !== null &&
		m.participants.length === 1 &&
		body
			.slice(m.counterpart.start, m.counterpart.end)
			.split(/\s+/)
			.some((w) => isRoleWord(w) || isRoleWord(w.replace(/s$/, '')));
	// A first telling without a day takes the day of the next ("Jerusalem meeting  On January 29, Netanyahu held talks …").
	const sameTime = (a: RawMeeting, b: RawMeeting) => !a.date || !b.date || a.date.period.start === b.date.period.start;
	// "held talks … with two Russian officials … The meeting with A and B": as many named as the description counts.
	const counted = (first: RawMeeting, next: RawMeeting) => {
		const count = COUNTED.exec(body.slice(first.counterpart!.start, first.counterpart!.end));
		return count !== null && !next.participants.includes(first.participants[0]!) && next.participants.length === countOf(count[1]!);
	};
	const goesOn = (first: RawMeeting, next: RawMeeting) =>
		next.sentence.start > first.sentence.end &&
		next.sentence.start - first.sentence.end <= 2 &&
		REFERS_BACK.test(body.slice(next.sentence.start, next.sentence.end)) &&
		next.counterpart === null &&
		sameTime(first, next) &&
		// Counted, the names are the ones described, whatever place the sentence mentions ("the situation in Syria").
		((next.participants.length === 2 && next.participants[0] === first.participants[0] && !next.place) || counted(first, next));
	const nextOf = new Map<RawMeeting, RawMeeting>();
	for (const [i, first] of events.entries()) {
		const next = described(first) ? events.slice(i + 1).find((n) => goesOn(first, n)) : undefined;
		if (next) nextOf.set(first, next);
	}
	const folded = new Set(nextOf.values());
	return events
		.filter((m) => !folded.has(m))
		.map((m) => {
			const next = nextOf.get(m);
			if (!next) return m;
			const participants = next.participants.includes(m.participants[0]!) ? next.participants : [m.participants[0]!, ...next.participants];
			const named = { rule: 'parties.named-in-the-next-sentence', evidence: next.why.participants.evidence };
			const why = { ...m.why, participants: named, date: m.why.date ?? next.why.date };
			return { ...m, participants, counterpart: null, date: m.date ?? next.date, why, more: [...m.more, next.sentence] };
		});
}

/** A sentence that opens by counting the meetings of the one before: "Meetings focused on", "The meetings were". */
const MEETINGS_AFTER = /^\s*(?:(?:The|Both|These|Those|Their|His|Her)\s+meetings|Meetings)\b/;

/**
 * Pass 5, people met one by one: "Wong met Premier Li and Vice Premier He in Beijing" … "Mr Wong also called on Vice
 * Premier He": two people met after one verb, with no word that they met together, are met each on their own when the
 * story tells a meeting with one of them alone, or the next sentence counts them ("Meetings focused on …"); each meeting
 * then joins its own account (see mergeMentionsOfOneEvent).
 */
function metOneByOne(events: RawMeeting[], body: string): RawMeeting[] {
	return events.flatMap((e) => {
		const met = e.metAsOne ?? [];
		const others = e.participants.filter((p) => !met.includes(p));
		// "Tsahkna met with A and B in the Finnish capital. Meetings focused on …": the next sentence counts them.
		const countedAfter = met.length > 1 && MEETINGS_AFTER.test(body.slice(e.sentence.end, e.sentence.end + 40));
		const alone = (x: string) =>
			events.some(
				(o) =>
					o !== e &&
					KIND_FAMILY[o.kind] === KIND_FAMILY[e.kind] &&
					o.participants.length === others.length + 1 &&
					[...others, x].every((p) => o.participants.includes(p)),
			);
		if (!countedAfter && !met.some(alone)) return [e];
		const rule = { ...e.why.participants, rule: countedAfter ? 'parties.each-met-meetings-after' : 'parties.each-met-alone-later' };
		return met.map((x) => ({ ...e, participants: [...others, x], why: { ...e.why, participants: rule }, more: [...e.more] }));
	});
}

/** "took a trip abroad to meet with": a trip's word, a few words, and "to" right before the event word. */
const TRIP_TO_MEET = /\b(?:trips?|visits?|journey)\s+(?:[\w-]+\s+){0,2}?to\s+$/i;

/**
 * Pass 5b, one trip told with whom it was to meet and again with where it went ("In October, Kushner took a trip abroad to
 * meet with the crown prince" … "In late October, Kushner made an unannounced trip to Riyadh"): the trip of one party
 * alone, in the same tense, at a date that agrees, is the visit of the meeting, which takes its place and its date.
 */
function tripToMeetToldAgain(events: RawMeeting[], body: string): RawMeeting[] {
	const toMeet = (e: RawMeeting) => e.participants.length >= 2 && !e.place && TRIP_TO_MEET.test(body.slice(e.sentence.start, e.why.kind.evidence.start));
	const alone = (e: RawMeeting) => e.kind === 'visit' && e.participants.length === 1 && !e.counterpart && DESTINATION_RULES.has(e.why.place?.rule ?? '');
	const joined = new Set<RawMeeting>();
	for (const trip of events.filter(alone)) {
		const meetings = events.filter(
			(m) =>
				toMeet(m) &&
				!joined.has(m) &&
				m.sentence.start !== trip.sentence.start &&
				m.participants.includes(trip.participants[0]!) &&
				m.status === trip.status &&
				sharedDate(m.date, trip.date) !== undefined,
		);
		if (meetings.length !== 1) continue;
		const meeting = meetings[0]!;
		const date = sharedDate(meeting.date, trip.date)!;
		if (date !== meeting.date) meeting.why.date = date === trip.date ? trip.why.date : { rule: 'date.day-within-range-of-other-mention', evidence: date };
		meeting.date = date;
		meeting.kind = 'visit';
		meeting.why.kind = { rule: 'kind.trip-to-meet-told-again', evidence: trip.why.kind.evidence };
		[meeting.place, meeting.why.place] = [trip.place, trip.why.place];
		meeting.more.push(trip.sentence);
		joined.add(meeting).add(trip);
	}
	return events.filter((e) => !joined.has(e) || !alone(e));
}

/**
 * Pass 6, one event told twice ("summit talks next week" … "the summit between Lee and Xi on Monday", "Lee's visit to
 * China" again): the same parties and kind, and dates that agree. The first mention stays, with the more precise date,
 * and the later sentence joins its evidence.
 */
function mergeMentionsOfOneEvent(events: RawMeeting[], body: string): RawMeeting[] {
	const kept: RawMeeting[] = [];
	// Trips to different places are different trips.
	const destination = (m: RawMeeting) =>
		DESTINATION_RULES.has(m.why.place?.rule ?? '') && m.place ? body.slice(m.place.start, m.place.end).toLowerCase() : '';
	const key = (m: RawMeeting) => `${KIND_FAMILY[m.kind]}|${m.participants.slice().sort().join('|')}`;
	const sameTrip = (a: RawMeeting, b: RawMeeting) => !destination(a) || !destination(b) || destination(a) === destination(b);
	// "Trump and Abe met … On Saturday, the two leaders are scheduled to play golf": a mention dated after the story is
	// another event than one told as done (a mere noun's tense, "at the start of talks", says less).
	const ahead = (m: RawMeeting) => m.why.status.rule === 'status.date-after-publication';
	const doneBefore = (done: RawMeeting, next: RawMeeting) =>
		done.status === 'happened' && ahead(next) && (!done.date || done.date.end < next.date!.start);
	// "invited Modi to a summit set for July" … "Modi held bilateral meetings with Biden": an invitation or a cancellation
	// is not another kind of meeting told as held (an invitation to visit is the visit made).
	const held = (m: RawMeeting) => m.status === 'happened' || m.status === 'under way';
	const unheld = (m: RawMeeting) => m.status === 'invited' || m.status === 'cancelled';
	// "During his visit in February 2024" … "is also scheduled to travel to Bodh Gaya": a trip made and one to come are two.
	const plannedTrip = (a: RawMeeting, b: RawMeeting) => a.kind === 'visit' && b.kind === 'visit' && held(a) && b.status === 'planned';
	const otherOccasion = (a: RawMeeting, b: RawMeeting) =>
		(a.kind !== b.kind && ((held(a) && unheld(b)) || (held(b) && unheld(a)))) || plannedTrip(a, b) || plannedTrip(b, a);
	const sameTense = (a: RawMeeting, b: RawMeeting) => !doneBefore(a, b) && !doneBefore(b, a) && !otherOccasion(a, b);
	// "the US-ASEAN summit and the East Asia Summit": parties the article does not name, written differently, are others.
	const written = (m: RawMeeting) => (m.counterpart ? body.slice(m.counterpart.start, m.counterpart.end).toLowerCase() : '');
	const sameOther = (a: RawMeeting, b: RawMeeting) => !written(a) || !written(b) || written(a) === written(b);
	for (const m of events) {
		const same = kept.find(
			(k) => key(k) === key(m) && sameTrip(k, m) && sameTense(k, m) && sameOther(k, m) && sharedDate(k.date, m.date) !== undefined,
		);
		if (!same) {
			kept.push(m);
			continue;
		}
		const date = sharedDate(same.date, m.date)!;
		if (date !== same.date) same.why.date = date === m.date ? m.why.date : { rule: 'date.day-within-range-of-other-mention', evidence: date };
		same.date = date;
		// "will meet" … "the summit": the most specific name of the contact.
		if (KIND_RANK.indexOf(m.kind) > KIND_RANK.indexOf(same.kind)) [same.kind, same.why.kind] = [m.kind, m.why.kind];
		// "on the sidelines of the APEC forum" … "to be held at the BEXCO center": the venue says more than the setting.
		const setting = (e: RawMeeting) => e.why.place?.rule === 'place.sidelines-of-gathering';
		if ((!same.place || setting(same)) && m.place && !setting(m)) [same.place, same.why.place] = [m.place, m.why.place];
		if (m.sentence.start !== same.sentence.start) same.more.push(m.sentence);
	}
	return kept;
}

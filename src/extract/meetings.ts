import type { Meeting } from '../facts/schema.js';
import { clauseStart, within } from '../text/ranges.js';
import type { TextRange } from '../text/sentences.js';
import type { DateMention } from './dates.js';
import { type ArticleEntities, nameByTitle } from './entities.js';
import { NOT_NAME_WORDS } from '../lexicon/names.js';
import { WEEKDAYS } from '../lexicon/time.js';
import { ROLE_NOUNS } from '../lexicon/titles.js';

// Who met, called, visited or hosted whom: a meeting word in a sentence, the names before it (who) and after it
// (whom or where), the first date in the sentence and the tense (happened or planned).

export interface RawMeeting {
	sentence: TextRange;
	participants: string[];
	kind: Meeting['kind'];
	place: TextRange | null;
	/** A party the article does not name: "met relatives", "will meet with the police leadership". */
	counterpart: TextRange | null;
	/** The date expression, which may stand in an earlier sentence that the meeting's sentence continues. */
	date: DateMention | null;
	status: Meeting['status'];
}

interface Trigger {
	re: RegExp;
	kind: Meeting['kind'];
	/** A noun ("a visit", "talks") rather than a verb: it needs a date, a place or a named counterpart to count. */
	noun?: boolean;
	/** Travel: the first place or country after the word is where they went. */
	travel?: boolean;
	/** The other party may be unnamed, written in lower case ("met relatives"). */
	unnamed?: boolean;
	/** An address to a body: the other party is an organisation ("address the African Union"). */
	audience?: boolean;
	/** The body named inside the words takes part ("at a U.N. Security Council emergency meeting"). */
	host?: boolean;
	/** Speaking is the meeting: whoever the sentence says spoke takes part ("In Parliament yesterday, Anwar explained"). */
	speech?: boolean;
}

/** "the police leadership", "business leaders", "other Chinese leaders": a noun phrase up to a preposition or the clause end. */
const UNNAMED_PARTY = /^(?!(?:again|later|soon|often|once|twice|together|today|tomorrow|tonight|yesterday|there|here|regularly|frequently|privately|briefly|separately|jointly|directly|personally|publicly|secretly|recently|previously|virtually)\b)((?:the|a|an|his|her|their|its|other|several|some|local|senior|top|[a-z][a-z-]*)(?: [A-Za-z][a-z-]*){0,6}?)(?= (?:in|at|on|from|for|to|during|over|about|after|before|next|this|later|and|who|which|that)\b|[,.;]|$)/;
/** A sentence that goes on about the meeting just reported: "The meeting, which followed talks with …". */
const REFERS_BACK = /\b(?:the|this|that)\s+(?:meeting|talks|visit|call|summit|trip)\b/i;
const PAIR = /\b(?:the two|both) (?:(leaders|men|women|presidents|ministers)|sides|countries)\b|\bthe pair\b/i;

/** The two parties of the latest meeting with exactly two that fit ("the two leaders": two people). */
function pairBefore(meetings: RawMeeting[], fits: (name: string) => boolean): string[] {
	for (let i = meetings.length - 1; i >= 0; i--) {
		const parties = meetings[i]!.participants.filter(fits);
		if (parties.length === 2) return parties;
	}
	return [];
}
const AUXILIARIES = /(?:\s+(?:will|would|is|are|was|to|plans?|also|has|had|expected|scheduled|set|due))*\s*$/;
/** "The president will travel to …": a subject given by title, just before the meeting word. */
const TITLE_SUBJECT = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+){0,3}?([a-z-]+)${AUXILIARIES.source}`, 'i');

// Most specific first: a sentence reports one meeting per set of participants.
const TRIGGERS: Trigger[] = [
	{ re: /\bsummit\b/gi, kind: 'summit', noun: true },
	{ re: /\b(?:phone call|telephone call|video call|phone conversation|telephone conversation|phoned|telephoned|(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone|by (?:tele)?phone|(?:a|the|during a) call)\b/g, kind: 'phone call', noun: true },
	{ re: /\b(?:signed|signs|sign|signing)\s+(?:an?|the)\s+(?:\w+\s+){0,3}?(?:statement|agreement|deal|treaty|accord|memorandum|declaration|pact|contracts?)\b/g, kind: 'signing' },
	{ re: /\b(?:dispatched|sent|sends|send|dispatches)\s+(?:an?\s+)?(?:\w+\s+)?(?:envoy|emissary|delegation)\s+to\b/g, kind: 'envoy trip', travel: true },
	{ re: /\b(?:held|holds|hold|holding|had|has|have)\s+(?:\w+\s+){0,2}?talks\s+with\b/g, kind: 'talks' },
	{ re: /\btalks\s+with\b/g, kind: 'talks', noun: true },
	{ re: /\b(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,2}?talks\b(?!\s+with)/g, kind: 'talks' },
	{ re: /(?<!\b(?:a|an|the)\s)\b(?:visited|visits|visit|visiting|toured|tours|(?:travell?ed|travels|travel|travelling|traveling|flew|flies|fly|heads|headed|head|went|goes|go)(?: on)? to|(?:arrived|arrives|arrive|arriving|lands|landed|land|landing) in)\s+(?=\p{Lu})/gu, kind: 'visit', travel: true },
	{ re: /(?:\b(?:a|his|her|their|the)|['’]s)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\s+(?=(?:the\s+)?\p{Lu})/gu, kind: 'visit', noun: true, travel: true },
	{ re: /\b(?:hosted|hosts|host|hosting|welcomed|welcomes|welcome|received|receives)\s+(?=(?:\p{Lu}|(?:the|his|her|their) \p{Lu}))/gu, kind: 'visit', unnamed: true },
	{ re: /\b(?:met|meets|meet|meeting)\s+(?:with\s+)?(?=\p{Lu}|(?:the|his|her|their)\s+\p{Lu})/gu, kind: 'meeting' },
	{ re: /\b(?:met|meets|meet)\s+(?:with\s+)?(?=[a-z])/g, kind: 'meeting', unnamed: true },
	{ re: /\b(?:held|holds|hold|had|has|have)\s+(?:\w+\s+)?meetings?\s+with\b/g, kind: 'meeting' },
	// "In Parliament yesterday, Anwar explained", "when he tabled the budget in parliament": speaking before a legislature,
	// named at the head of the sentence or after what was laid before it; not "Republicans in Congress".
	{ re: /(?:^|(?<=\b(?:tabled|presented|delivered|introduced|read)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w/-]+\s+){0,3}?))\b(?:in|before|to)\s+(?:the\s+)?(parliament|senate|congress|national assembly|house of commons|house of representatives|knesset|duma|bundestag|dewan rakyat|lok sabha|rajya sabha|Diet)\b/gi, kind: 'meeting', speech: true },
	// "At a U.N. Security Council emergency meeting on the strike, Ambassador X said": the body's meeting, and who spoke there.
	{ re: /\b(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\w.'’-]+\s+){0,5}?(?:meeting|session|summit|conference|hearing)\b/gi, kind: 'meeting', noun: true, host: true },
	// "told the court on Monday", "telling a previously scheduled town hall meeting": speaking before a body or a gathering.
	{ re: /\b(?:told|tells|telling|testified (?:before|to)|appeared before|(?:made|makes) submissions (?:to|at|before))\s+(?=(?:the|a|an) (?:[\w-]+ ){0,4}?(?:court|tribunal|committee|parliament|assembly|senate|congress|council|hearing|inquiry|commission|meeting|rally|crowd|gathering|audience)\b)/g, kind: 'meeting', unnamed: true },
	{ re: /\b(?:briefed|briefs|brief)\s+(?=\p{Lu}|(?:the|his|her|their)\s+\p{Lu})/gu, kind: 'meeting' },
	{ re: /\b(?:address|addressed|addresses|addressing|(?:an|his|her|their) (?:[\w-]+ ){0,2}?address to|(?:told|spoke to|speech to)(?= (?:a joint (?:meeting|session) of |the )?\p{Lu}[\p{L}. ]*?(?:Assembly|Congress|Parliament|Senate|Council|Union|Conference|Summit|Forum)))\s+(?:a joint (?:meeting|session) of\s+|a session of\s+)?(?:the\s+)?(?=\p{Lu})/gu, kind: 'meeting', audience: true },
];

/** A sentence that sets its meeting at another time than the sentence before ("two months after Xi made his first trip"). */
const OTHER_TIME = /\b(?:after|before|since|ago|previously|earlier|formerly|once|first|months|years|decades)\b/i;
/** A weekday alone ("on Monday"), which the tense alone resolves a week back or forward. */
const BARE_WEEKDAY = new RegExp(`^(?:on )?(?:${WEEKDAYS.join('|')})(?: (?:morning|afternoon|evening|night))?$`, 'i');
const FUTURE = /\b(?:will|shall|is to|are to|plans? to|planning to|planned|intends? to|is expected|are expected|expected to|(?<!previously )scheduled|is due|are due|is set to|are set to|upcoming|going to|would travel|would visit|next week|next month|next year|later (?:on|today|tonight|this))\b/i;
const PARTY_KINDS = new Set(['person', 'country', 'organisation']);

/** A name followed by a reporting verb is who tells of the meeting, not who met ("…, Wi said"). */
const SPEAKS_AFTER = /^(?:,[^,]{0,60},)?\s+(?:\w+ly\s+|also\s+|has\s+|had\s+)?(?:said|says|told|tells|added|noted|explained|stated|announced|confirmed|reported|wrote|replied|responded|answered|insisted|argued|stressed)\b/;

/** "in Manchester", "at Chequers": a capitalised name after "in" or "at" that no list knows, but no month or weekday. */
function placeNamedAfter(body: string, from: number, to: number): TextRange | undefined {
	const m = /\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u.exec(body.slice(from, to));
	if (!m || NOT_NAME_WORDS.has(m[1]!.split(/\s+/)[0]!.toLowerCase())) return undefined;
	const start = from + m.index + m[0].length - m[1]!.length;
	return { start, end: start + m[1]!.length };
}

/** The date nearest the meeting word in its clause, or one opening the sentence ("On Tuesday, Lee is to meet …"). */
function dateFor(dates: DateMention[], sentence: TextRange, clause: TextRange, at: number, body: string): DateMention | null {
	const inClause = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
	const distance = (d: DateMention) => (d.start >= at ? d.start - at : at - d.end + 40);
	const nearest = inClause.sort((a, b) => distance(a) - distance(b))[0];
	if (nearest) return nearest;
	// "held a summit in Gyeongju, North Gyeongsang, on Nov. 1": a date adverbial after a comma, before any other verb.
	const later = dates.find((d) => {
		const between = body.slice(clause.end, d.start);
		return d.start >= clause.end && d.end <= sentence.end && between.length <= 60 && !/[;]|\b(?:\w+ed|said|told|will|was|were|is|are)\b/.test(between);
	});
	if (later) return later;
	const opening = dates.find((d) => d.start >= sentence.start && /^\W*(?:\w+\s+)?$/.test(body.slice(sentence.start, d.start)) && /^\W*,/.test(body.slice(d.end, d.end + 3)));
	return opening ?? null;
}

export function findMeetings(body: string, sentences: TextRange[], names: Pick<ArticleEntities, 'entities' | 'mentions'>, dates: DateMention[], published: string | null, inQuote: (offset: number) => boolean): RawMeeting[] {
	const { mentions } = names;
	const out: RawMeeting[] = [];
	let lastDay: { date: DateMention; sentence: number } | null = null;
	sentences.forEach((sentence, index) => {
		const text = body.slice(sentence.start, sentence.end);
		const outsideQuotes = within(mentions, sentence.start, sentence.end).filter((m) => !inQuote(m.start));
		/** Where a name's reporting verb starts, for names that tell of something rather than take part. */
		const reports = new Map(outsideQuotes.flatMap((m) => {
			const verb = SPEAKS_AFTER.exec(body.slice(m.end, m.end + 80));
			return verb ? [[m, m.end + verb[0].search(/\S+$/)] as const] : [];
		}));
		const sentenceDates = within(dates, sentence.start, sentence.end);
		const ownDay = sentenceDates.find((d) => d.period.precision === 'day');
		const found = new Map<string, RawMeeting>();
		for (const trigger of TRIGGERS) {
			trigger.re.lastIndex = 0;
			for (let m = trigger.re.exec(text); m; m = trigger.re.exec(text)) {
				const at = sentence.start + m.index;
				// A meeting someone speaks of inside a quotation is their words, not a reported fact.
				if (inQuote(at)) continue;
				// "President Obama told the U.N. General Assembly": the teller takes part when telling is the meeting.
				// "Mayer, Disney's chairman, said at the conference": an owner named in passing takes no part, but the
				// possessor of the meeting word does ("Xi's state visit").
				const ownsWord = (x: TextRange) => x.end === at || (x.end < at && /^['’]s(?:\s+[\w-]+){0,2}\s*$/.test(body.slice(x.end, at)));
				// "At a U.N. Security Council meeting, Ambassador X said": opening the sentence, the meeting is where X spoke.
				const spokeThere = trigger.speech || (trigger.host && !/\w/.test(body.slice(sentence.start, at)));
				const inSentence = outsideQuotes.filter((x) => (spokeThere || !reports.has(x) || reports.get(x) === at) && (!/^['’]s\b/.test(body.slice(x.end, x.end + 3)) || ownsWord(x)));
				const after = sentence.start + m.index + m[0].length;
				const rest = text.slice(m.index + m[0].length);
				const clauseEnd = after + (/;\s|,\s(?!\p{Lu})|\s[—–]\s/u.exec(rest)?.index ?? rest.length);
				const clauseFrom = clauseStart(body, at, sentence.start);
				const upToClauseEnd = body.slice(sentence.start, clauseEnd);
				const before = inSentence.filter((x) => x.end <= at && !/\b(?:told|said|warned)\b/.test(body.slice(x.end, at)));
				const whom = inSentence.filter((x) => x.start >= after && x.end <= clauseEnd);
				// Who: the people before the word; else the name opening the sentence ("Beijing … dispatched an envoy").
				const people = before.filter((x) => x.kind === 'person');
				const opener = inSentence[0] && inSentence[0].start === sentence.start ? [inSentence[0]] : before.filter((x) => PARTY_KINDS.has(x.kind)).slice(-1);
				// "Xi's state visit to South Korea": the possessor, not everyone the sentence names.
				const possessor = /^['’]s/.test(m[0]) ? inSentence.filter((x) => x.end === at) : [];
				// "Erdogan met Zelensky on Friday, a day after Zelensky visited Athens": the visit's clause has its own subject.
				const inClause = people.filter((x) => x.start >= clauseFrom);
				const subjects: { name: string }[] = trigger.speech ? inSentence.filter((x) => x.kind === 'person') : possessor.length ? possessor : trigger.noun ? inSentence.filter((x) => x.kind === 'person' && (x.end <= at || x.start >= after)) : inClause.length ? inClause : people.length ? people : opener;
				if (!trigger.noun && !people.length) {
					const title = TITLE_SUBJECT.exec(body.slice(clauseFrom, at));
					const named = title && ROLE_NOUNS.has(title[1]!.toLowerCase()) ? nameByTitle(body, names, title[1]!.toLowerCase(), at) : null;
					if (named) subjects.splice(0, subjects.length, { name: named });
				}
				const destination = trigger.travel ? whom.filter((x) => x.kind !== 'person' && x.kind !== 'organisation').slice(0, trigger.kind === 'envoy trip' ? 3 : 1) : [];
				const bodies = trigger.audience ? whom.filter((x) => x.kind === 'organisation').slice(0, 1) : trigger.host || trigger.speech ? inSentence.filter((x) => x.kind === 'organisation' && x.start >= at && x.end <= after) : [];
				const counterparts = [...whom.filter((x) => x.kind === 'person').slice(0, 3), ...destination, ...bodies];
				let participants = [...new Set([...subjects, ...counterparts].map((x) => x.name))];
				const unnamed = trigger.unnamed && !counterparts.length ? UNNAMED_PARTY.exec(body.slice(after, clauseEnd)) : null;
				// A legislature written in lower case ("tabled the budget in parliament") is named as written.
				const chamber = trigger.speech && !bodies.length ? { start: after - m[1]!.length, end: after } : null;
				const counterpart = unnamed ? { start: after, end: after + unnamed[1]!.length } : chamber;
				const place = whom.find((x) => (x.kind === 'place' || x.kind === 'country') && /\b(?:in|at)\s+$/.test(body.slice(Math.max(0, x.start - 4), x.start))) ?? (trigger.kind === 'visit' ? destination[0] : undefined) ?? placeNamedAfter(body, after, clauseEnd);
				const future = FUTURE.test(upToClauseEnd);
				const ownDate = dateFor(sentenceDates, sentence, { start: clauseFrom, end: clauseEnd }, at, body);
				const date = ownDate ?? (!future && lastDay && index - lastDay.sentence <= 2 && !OTHER_TIME.test(text) ? lastDay.date : null);
				if (trigger.noun && !ownDate && !place && !counterparts.length) continue;
				// A meeting between fewer than two parties continues the one just reported ("The meeting, which followed talks with …").
				const previous = out.at(-1);
				const continues = previous && previous.sentence.end <= sentence.start && sentence.start - previous.sentence.end <= 2 && REFERS_BACK.test(text);
				if (participants.length === 1 && !counterpart && continues && !participants.includes(previous.participants[0]!) && !trigger.travel) participants = [previous.participants[0]!, ...participants];
				// "The two leaders previously held a summit": the pair of the meeting reported last; leaders are people.
				const pair = PAIR.exec(body.slice(clauseFrom, at));
				if (participants.length === 0 && pair) participants = pairBefore(out, pair[1] ? (name) => names.entities.get(name)?.kind === 'person' : () => true);
				if (participants.length < 2 && !((trigger.kind === 'signing' || counterpart) && participants.length === 1)) continue;
				// A body's meeting counts with someone named as taking part in it, not only the bodies named around it.
				if (trigger.host && (!bodies.length || !participants.some((p) => names.entities.get(p)?.kind === 'person'))) continue;
				// Before a legislature, someone named must speak there, in the same clause.
				if (trigger.speech && !(participants.some((p) => names.entities.get(p)?.kind === 'person') && /\b(?:said|says|told|explained|argued|announced|tabled|presented|delivered|addressed|testified|spoke|asked|answered|insisted|warned|defended)\b/.test(body.slice(Math.max(sentence.start, at - 60), clauseEnd)))) continue;
				// A date wholly before or after publication decides; one around it ("this week") leaves it to the tense.
				const when = date && published ? (date.period.start > published ? 'planned' : date.period.end < published ? 'happened' : null) : null;
				const status: Meeting['status'] = when ?? (future ? 'planned' : 'happened');
				// "will travel to Moscow next month to meet Putin": the purpose is the same trip, not a second meeting.
				const trip = /\bto\s+$/.test(body.slice(at - 4, at)) ? [...found.values()].find((f) => f.participants[0] === participants[0]) : undefined;
				if (trip) {
					trip.participants = [...new Set([...trip.participants, ...participants])];
					continue;
				}
				// "hosted Jaishankar last week, and the two will meet again next month": two meetings of the same pair.
				const key = `${participants.slice().sort().join('|')}|${status}`;
				if (!found.has(key)) found.set(key, { sentence, participants, kind: trigger.kind, place: place ? { start: place.start, end: place.end } : null, counterpart, date, status });
			}
		}
		out.push(...found.values());
		if (ownDay) lastDay = { date: ownDay, sentence: index };
	});
	return mergeMentionsOfOneEvent(out);
}

const DAY = 86_400_000;
const shiftDay = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The days a date may mean: a bare weekday's tense may have looked the wrong way. */
function readings(date: DateMention): string[] {
	if (date.period.precision !== 'day') return [];
	return BARE_WEEKDAY.test(date.period.text) ? [date.period.start, shiftDay(date.period.start, -7), shiftDay(date.period.start, 7)] : [date.period.start];
}

/** The date two mentions of one event share: either one when the other has none, the day when a range holds it. */
function sharedDate(a: DateMention | null, b: DateMention | null): DateMention | null | undefined {
	if (!a || !b) return a ?? b;
	const [range, other] = a.period.precision === 'day' ? [b, a] : [a, b];
	if (range.period.precision === 'day') return range.period.start === other.period.start ? a : undefined;
	const day = readings(other).find((d) => d >= range.period.start && d <= range.period.end);
	return day ? { ...other, period: { ...other.period, start: day, end: day } } : undefined;
}

/**
 * One event told twice ("summit talks next week" … "the summit between Lee and Xi on Monday", "Lee's visit to
 * China" again): the same parties and kind, and dates that agree. The first mention stays, with the more precise date.
 */
function mergeMentionsOfOneEvent(meetings: RawMeeting[]): RawMeeting[] {
	const kept: RawMeeting[] = [];
	const key = (m: RawMeeting) => `${m.kind}|${m.participants.slice().sort().join('|')}`;
	for (const m of meetings) {
		const same = kept.find((k) => key(k) === key(m) && sharedDate(k.date, m.date) !== undefined);
		if (!same) {
			kept.push(m);
			continue;
		}
		same.date = sharedDate(same.date, m.date)!;
		same.place ??= m.place;
	}
	return kept;
}

import { normalize } from '../text/normalize.js';
import { readTime, type TimeFilter } from './time.js';
import { CHAT_WORDS, MEETING_WORDS, SAYING_NOUNS, SAYING_VERBS } from './words.js';

// A question as people type it, read into an intent and the words that fill it. Pure: the names are resolved
// against the coverage afterwards (resolve.ts), so this step never needs the store.

export const INTENTS = ['said', 'met', 'figure', 'who', 'why', 'when', 'sources', 'summary', 'passages'] as const;
export type Intent = (typeof INTENTS)[number];

export interface Parsed {
	intent: Intent;
	/** Who the question is about, as typed ("lavrov", "the kremlin spokesman", "xi and putin"). */
	subject: string | null;
	/** What it is about, as typed ("climate change"), to rank and filter by. */
	topic: string | null;
	time: TimeFilter | null;
	/** "ishiba on surnames": a reading that only holds when the subject turns out to be someone the articles quote. */
	tentative: boolean;
	/** The question after cleaning, for passage retrieval. */
	text: string;
	/** The name of the pass that decided the intent, so anyone can ask why. */
	rule: string;
}

/** Lower case, plain quotation marks, chat spellings spelled out, no closing punctuation. */
export function cleanQuestion(question: string): string {
	const plain = normalize(question)
		.replace(/[?!]+/g, ' ')
		.replace(/[,;:()"]/g, ' ')
		.replace(/\.(?=\s|$)/g, ' ')
		.replace(/\bw\//g, 'with ');
	return plain
		.split(/\s+/)
		.map((w) => (Object.hasOwn(CHAT_WORDS, w) ? CHAT_WORDS[w]! : w))
		.filter(Boolean)
		.join(' ');
}

/** Leading words that carry no meaning of their own: "the", "a". */
const bare = (phrase: string | undefined) => {
	const s = (phrase ?? '').trim().replace(/^(?:about|on|to|of|regarding|the|a|an)\s+/, '').replace(/^(?:the|a|an)\s+/, '').trim();
	return s || null;
};

interface Pass {
	name: string;
	/** Returns the reading, or null to let the next pass try. */
	read: (q: string) => Omit<Parsed, 'time' | 'text' | 'rule'> | null;
}

const SAID_FRAME = new RegExp(`^(?:what|how|wht) (?:did|does|do|has|have|had|will|would) (.+?) (?:${SAYING_VERBS})\\b(.*)$`);
const SAID_PROGRESSIVE = /^what (?:is|was|are|were) (.+?) (?:saying|thinking|telling|claiming|arguing|talking about)\b(.*)$/;
const SAID_ANYTHING = new RegExp(`^(?:did|does|has|have|had) (.+?) (?:${SAYING_VERBS}|said) (?:anything |something )?(?:about|on|regarding) (.+)$`);
const SAID_NOUN_AFTER = new RegExp(`^(?:show |give |list )?(?:me )?(?:all )?(.+?)(?:'s)? (?:${SAYING_NOUNS})(?: (?:on|about|regarding) (.+))?$`);
const SAID_NOUN_BEFORE = new RegExp(`^(?:show |give |list )?(?:me )?(?:${SAYING_NOUNS}) (?:by|from|of) (.+?)(?: (?:on|about|regarding) (.+))?$`);
const PERSON_ON_TOPIC = /^([a-z][\w'-]*(?: [a-z][\w'-]*){0,2}) on (.+)$/;

const SOURCES = new RegExp(
	String.raw`^(?:(?:which|what) (?:sources|outlets|articles|papers|newspapers|reports)\b|(?:list|show)(?: me)? (?:the |all )?(?:sources|articles)\b|` +
		String.raw`(?:what|where) are (?:the|your) sources|sources\b|who (?:wrote|reported|published)\b)`,
);
const SUMMARY = new RegExp(
	String.raw`^(?:summari[sz]e|summary of|sum up|tl ?;? ?dr|recap|give me a summary of|catch me up on|brief me on|what happened (?:with|to|in|at|on|during)|` +
		String.raw`what is going on (?:with|in)|what is happening (?:with|in))\b ?(.*)$`,
);
const FIGURE = new RegExp(
	String.raw`^(?:how (?:much|many|big|large|long|far|old|high|low|fast|often|slow|tall|heavy)\b|` +
		String.raw`what (?:is |was |are |were )?(?:the )?` +
		String.raw`(?:share|percentage|percent|number|amount|cost|price|population|total|size|figure|rate)\b|what share\b|` +
		String.raw`.*\b(?:rate|population|percentage|polling|poll numbers|budget)(?: at)?$)`,
);
const WHO = /^(?:who (?:is|was|are|were)|what is the role of) (.+)$/;
const ABOUT = /^(?:tell me about|what do (?:we|you) know about|anything on|what about) (.+)$/;
const WHY = /^(?:why\b|how come\b|what (?:is )?(?:caused|causes|causing|led to)\b|what is the reason)/;
const WHEN = /^(?:when|where|what (?:date|day|time|year))\b/;

/** Ordered passes: the first that reads the question decides its intent. */
const PASSES: Pass[] = [
	{ name: 'sources', read: (q) => (SOURCES.test(q) ? { intent: 'sources', subject: null, topic: bare(q.replace(SOURCES, '')), tentative: false } : null) },
	{
		name: 'summary',
		read: (q) => {
			const m = SUMMARY.exec(q);
			return m ? { intent: 'summary', subject: bare(m[1]), topic: null, tentative: false } : null;
		},
	},
	{
		name: 'said: what did X say about Y',
		read: (q) => {
			const m = SAID_FRAME.exec(q) ?? SAID_PROGRESSIVE.exec(q) ?? SAID_ANYTHING.exec(q);
			return m ? { intent: 'said', subject: bare(m[1]), topic: bare(m[2]), tentative: false } : null;
		},
	},
	{
		name: "said: X's comments on Y",
		read: (q) => {
			const m = SAID_NOUN_BEFORE.exec(q) ?? SAID_NOUN_AFTER.exec(q);
			return m ? { intent: 'said', subject: bare(m[1]), topic: bare(m[2]), tentative: false } : null;
		},
	},
	{
		name: 'met: a word for meeting, calling or visiting',
		read: (q) =>
			q.split(' ').some((w) => MEETING_WORDS.has(w)) && !/^why\b/.test(q) ? { intent: 'met', subject: q, topic: null, tentative: false } : null,
	},
	{ name: 'figure: how much, how many', read: (q) => (FIGURE.test(q) ? { intent: 'figure', subject: null, topic: q, tentative: false } : null) },
	{
		name: 'who: who is X',
		read: (q) => {
			const m = WHO.exec(q);
			// "who is mediating between…" asks for a passage, not a person.
			if (!m || /^\w+ing\b/.test(m[1]!)) return null;
			return { intent: 'who', subject: bare(m[1]), topic: null, tentative: false };
		},
	},
	{
		name: 'about: tell me about X (a person, or else a subject to summarise)',
		read: (q) => {
			const m = ABOUT.exec(q);
			return m ? { intent: 'who', subject: bare(m[1]), topic: null, tentative: true } : null;
		},
	},
	{ name: 'why: why, what caused', read: (q) => (WHY.test(q) ? { intent: 'why', subject: null, topic: q, tentative: false } : null) },
	{ name: 'when: when, where', read: (q) => (WHEN.test(q) ? { intent: 'when', subject: null, topic: q, tentative: false } : null) },
	{
		name: 'said: X on Y',
		read: (q) => {
			const m = PERSON_ON_TOPIC.exec(q);
			return m ? { intent: 'said', subject: bare(m[1]), topic: bare(m[2]), tentative: true } : null;
		},
	},
	{ name: 'passages', read: (q) => ({ intent: 'passages', subject: null, topic: q, tentative: false }) },
];

/** Reads a question; `today` places "last week" and "this year". */
export function parseQuestion(question: string, today = new Date()): Parsed {
	const cleaned = cleanQuestion(question);
	const { time, rest } = readTime(cleaned, today);
	for (const pass of PASSES) {
		const read = pass.read(rest);
		if (read) return { ...read, time, text: cleaned, rule: pass.name };
	}
	throw new Error('the last pass reads every question');
}

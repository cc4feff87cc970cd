import { z } from 'zod';

// The contract of data/facts.json. Every extracted item points back into an article body:
// body.slice(span.start, span.end) === span.text, checked by test/facts/provenance.test.ts.

export const isoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected an ISO date YYYY-MM-DD', abort: true })
	.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');

export const spanSchema = z.object({
	article: z.string().min(1),
	start: z.int().nonnegative(),
	end: z.int().nonnegative(),
	text: z.string().min(1),
});
export type Span = z.infer<typeof spanSchema>;

export const topicSchema = z.string().min(1);

export const articleSchema = z.object({
	id: z.string().min(1),
	title: z.string().min(1),
	/** null when the article names no outlet: never invented. */
	outlet: z.string().nullable(),
	authors: z.array(z.string()),
	/** null for a pasted text article that states no date: relative dates then stay unresolved. */
	published: isoDateSchema.nullable(),
	url: z.string().nullable(),
	page: z.string().nullable(),
	/** The site that republished the outlet's text, if any. */
	via: z.string().nullable(),
	/** Agencies or outlets the text credits (e.g. "Reuters"). */
	cites: z.array(z.string()),
	language: z.string(),
	file: z.string(),
	body: z.string().min(1),
	paragraphs: z.array(z.object({ start: z.int(), end: z.int() })),
	/** Paragraph ranges written by the reposting site, not by the outlet. */
	commentary: z.array(spanSchema),
	/** A short extractive summary: whole sentences of the body. */
	summary: z.array(spanSchema),
});
export type Article = z.infer<typeof articleSchema>;

export const entityKindSchema = z.enum(['person', 'country', 'organisation', 'place']);
export type EntityKind = z.infer<typeof entityKindSchema>;

export const entitySchema = z.object({
	/** Canonical key: lower-case, accent-free slug of the name, stable across runs. */
	key: z.string().min(1),
	name: z.string().min(1),
	kind: entityKindSchema,
	aliases: z.array(z.string()),
	/** Role descriptions as written ("Russia's Foreign Minister"), each with its span. */
	roles: z.array(spanSchema),
	mentions: z.array(spanSchema),
});
export type Entity = z.infer<typeof entitySchema>;

/** The id of the rule that decided an item, and of the rules it relied on: "speaker-after/name". */
export const ruleSchema = z.string().regex(/^[a-z-]+(?:\/[a-z-]+)*$/);

export const quoteFormSchema = z.enum([
	'speaker-after',
	'speaker-before',
	'pronoun',
	'title-only',
	'partial',
	'continuation',
	'multi-paragraph',
	'unattributed',
]);
export type QuoteForm = z.infer<typeof quoteFormSchema>;

export const quoteSchema = z.object({
	id: z.string(),
	span: spanSchema,
	/** Entity key, or null when the article does not make the speaker clear. */
	speaker: z.string().nullable(),
	form: quoteFormSchema,
	/** The words that attribute the quote ("Lavrov said"), when present. */
	cue: spanSchema.nullable(),
	/** The attribution pass that decided, then the pass that found the cue's subject ("speaker-after/name"); see src/extract/passes.ts. */
	rule: ruleSchema,
	/** The sentence the quote sits in, for context. */
	context: spanSchema,
	topics: z.array(topicSchema),
	commentary: z.boolean(),
	/** With no speaker: the article's words for the unnamed person who spoke ("one legal expert"); absent otherwise. */
	source: spanSchema.optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const statementSchema = z.object({
	id: z.string(),
	/** The reported clause, a paraphrase: never rendered inside quotation marks. */
	span: spanSchema,
	speaker: z.string(),
	cue: spanSchema,
	/** The statement pass that decided, then the pass that found the cue's subject ("verb-then-clause/name"). */
	rule: ruleSchema,
	topics: z.array(topicSchema),
	commentary: z.boolean(),
});
export type Statement = z.infer<typeof statementSchema>;

export const periodSchema = z.object({
	text: z.string(),
	start: isoDateSchema,
	end: isoDateSchema,
	precision: z.enum(['day', 'week', 'month', 'year', 'range']),
});
export type Period = z.infer<typeof periodSchema>;

export const figureSchema = z.object({
	id: z.string(),
	span: spanSchema,
	/** null for vague counts ("dozens of"), which keep a lower bound in `min`. */
	value: z.number().nullable(),
	min: z.number().nullable(),
	unit: z.string().nullable(),
	/** What the number measures: the clause around it. */
	measure: spanSchema,
	period: periodSchema.nullable(),
	approximate: z.boolean(),
	topics: z.array(topicSchema),
	commentary: z.boolean(),
});
export type Figure = z.infer<typeof figureSchema>;

/** What kind of contact: a visit includes hosting and an envoy's trip; an address is a speech to a body, a hearing testimony. */
export const meetingKindSchema = z.enum(['meeting', 'talks', 'call', 'visit', 'summit', 'signing', 'hearing', 'address']);
export const meetingStatusSchema = z.enum(['happened', 'under way', 'planned', 'invited', 'cancelled']);
/** Why a field of a meeting is what it is: the id of the rule that decided it and the words it read. */
export const decisionSchema = z.object({ rule: z.string().min(1), evidence: spanSchema });
export type Decision = z.infer<typeof decisionSchema>;
export const meetingSchema = z.object({
	id: z.string(),
	/** The sentence that states the meeting. */
	span: spanSchema,
	/** People, countries acting as parties and organisations; never a place (a destination is the place). */
	participants: z.array(z.string()).min(1),
	kind: meetingKindSchema,
	/** Where: the venue, or a visit's destination; never where someone came from. */
	place: spanSchema.nullable(),
	/** A party the article does not name, as written ("relatives", "the police leadership"). */
	counterpart: spanSchema.nullable(),
	/** A day, or a range of days ("between October 11 and 13"), or a week, month or year. */
	date: periodSchema.nullable(),
	/** Where the date is written; an earlier sentence when the meeting's own sentence continues its story. */
	dateSpan: spanSchema.nullable(),
	status: meetingStatusSchema,
	topics: z.array(topicSchema),
	why: z.object({
		kind: decisionSchema,
		participants: decisionSchema,
		status: decisionSchema,
		date: decisionSchema.nullable(),
		place: decisionSchema.nullable(),
	}),
	/** The article's other sentences that tell the same meeting ("the call", "the two leaders"). */
	more: z.array(spanSchema),
	/** The id of the first report of the same event, in this article or another: one event across articles. */
	event: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const sentenceSchema = z.object({
	span: spanSchema,
	paragraph: z.int().nonnegative(),
	topics: z.array(topicSchema),
	commentary: z.boolean(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

export const factsSchema = z.object({
	version: z.literal(1),
	/** Fingerprint of the article files the store was built from, to detect a stale store. */
	sourceHash: z.string(),
	articles: z.array(articleSchema),
	entities: z.array(entitySchema),
	sentences: z.array(sentenceSchema),
	quotes: z.array(quoteSchema),
	statements: z.array(statementSchema),
	figures: z.array(figureSchema),
	meetings: z.array(meetingSchema),
	topics: z.array(z.string()),
});
export type Facts = z.infer<typeof factsSchema>;

import { z } from 'zod';

// The single currency between the facts module and every transport (Discord embed, console, CLI text and JSON).

export const citationSchema = z.object({
	n: z.int().positive(),
	article: z.string(),
	title: z.string(),
	outlet: z.string().nullable(),
	authors: z.array(z.string()),
	published: z.string().nullable(),
	url: z.string().nullable(),
	page: z.string().nullable(),
	via: z.string().nullable(),
	cites: z.array(z.string()),
});
export type Citation = z.infer<typeof citationSchema>;

export const answerItemSchema = z.object({
	/** quote: verbatim words inside quotation marks; statement: a paraphrase, never quoted; the rest are article spans. */
	kind: z.enum(['quote', 'statement', 'fact', 'figure', 'meeting', 'source', 'person', 'summary', 'commentary', 'command']),
	/** Verbatim article text, or for `source`/`person` a plain line built from metadata. */
	text: z.string(),
	/** Who or what the item is about: speaker name, "Xi Jinping ↔ Vladimir Putin", etc. */
	label: z.string().nullable(),
	/** Structured facts shown beside the text: ISO dates, place, kind, status, value and unit. */
	details: z.record(z.string(), z.string()),
	/** Citation number into Answer.sources, or null when the item is not from one article. */
	cite: z.int().positive().nullable(),
	span: z.object({ article: z.string(), start: z.int(), end: z.int() }).nullable(),
});
export type AnswerItem = z.infer<typeof answerItemSchema>;

export const answerSchema = z.object({
	command: z.string(),
	title: z.string(),
	/** A one-line lead shown above the items ("4 quotes by Sergei Lavrov"). */
	lead: z.string().nullable(),
	items: z.array(answerItemSchema),
	sources: z.array(citationSchema),
	/** Matching items left out of `items` to keep the answer short ("+N more"). */
	omitted: z.int().nonnegative(),
	/** Set when nothing matched: the message and the closest names or topics. */
	notFound: z.string().nullable(),
	suggestions: z.array(z.string()),
	/**
	 * Options that give this answer again on their own, when the ones typed leaned on what came before (a follow-up
	 * question, read in full): what the paging buttons carry, since a page turn has no conversation to lean on.
	 */
	replay: z.record(z.string(), z.string()).optional(),
});
export type Answer = z.infer<typeof answerSchema>;

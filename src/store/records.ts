import { z } from 'zod';
import { articleSchema, entityKindSchema, spanSchema } from '../facts/schema.js';
import type { ArticleMeta, EntitySummary } from './contract.js';

// Schemas of what stores keep beside the facts contract, checked as they are read back like every other record.

export const entitySummarySchema: z.ZodType<EntitySummary> = z.object({
	key: z.string().min(1),
	name: z.string().min(1),
	kind: entityKindSchema,
	aliases: z.array(z.string()),
	roles: z.array(spanSchema),
	mentions: z.int().nonnegative(),
	articles: z.int().nonnegative(),
	firstArticle: z.string().nullable(),
});

/** An article's record without its text (ArticleMeta). */
export const articleMetaSchema: z.ZodType<ArticleMeta> = articleSchema.omit({ body: true, paragraphs: true, commentary: true, summary: true });

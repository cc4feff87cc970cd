import { z } from 'zod';
import { entityKindSchema, spanSchema } from '../facts/schema.js';
import type { EntitySummary } from './contract.js';

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

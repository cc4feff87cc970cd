import { z } from 'zod';
import type { ArticleName } from '../extract/build.js';
import { isSpecificRole, roleVariants } from '../extract/roles.js';
import { entityKindSchema, spanSchema } from '../facts/schema.js';
import { type EntitySummary, ROLE_SAMPLE } from './contract.js';

// An entity folded from the local names that share its key, by foldEntity's rule (kind of the first name, the longest
// name of that kind, aliases in order of first use, then those its specific roles give), kept as the few things that
// names folded in later can change: a store folds the names of an added article into it without reading again the
// tens of thousands of names of a much-reported person. Names must come in article order, the added ones after all
// those already folded.

export const foldStateSchema = z.object({
	kind: entityKindSchema,
	name: z.string().min(1),
	/** Every alias the names give, in order of first use. */
	aliases: z.array(z.string()),
	/** What the specific roles give as aliases (each role and its variants), in order of first use. */
	roleAliases: z.array(z.string()),
	/** The first roles, at most ROLE_SAMPLE. */
	roles: z.array(spanSchema),
	mentions: z.int().nonnegative(),
	/** Articles that mention it; the articles of later names are never among them (an article's names are folded at once). */
	articles: z.int().nonnegative(),
	firstArticle: z.string().nullable(),
});
export type FoldState = z.infer<typeof foldStateSchema>;

/** `state` with `names` folded in after it; undefined for no state and no names. */
export function foldNames(state: FoldState | undefined, names: Iterable<ArticleName>): FoldState | undefined {
	let s: FoldState | undefined = state && { ...state, aliases: [...state.aliases], roleAliases: [...state.roleAliases], roles: [...state.roles] };
	const articles = new Set<string>();
	for (const n of names) {
		s ??= { kind: n.kind, name: n.name, aliases: [], roleAliases: [], roles: [], mentions: 0, articles: 0, firstArticle: null };
		if (n.name.length > s.name.length && n.kind === s.kind) s.name = n.name;
		for (const alias of n.aliases) if (!s.aliases.includes(alias)) s.aliases.push(alias);
		for (const role of n.roles) {
			if (s.roles.length < ROLE_SAMPLE) s.roles.push(role);
			if (!isSpecificRole(role.text)) continue;
			for (const alias of [role.text, ...roleVariants(role.text)]) if (!s.roleAliases.includes(alias)) s.roleAliases.push(alias);
		}
		s.mentions += n.mentions.length;
		for (const m of n.mentions) articles.add(m.article);
		s.firstArticle ??= n.mentions[0]?.article ?? null;
	}
	if (s) s.articles += articles.size;
	return s;
}

/** The entity as stores serve it (summariseEntity of foldEntity). */
export function summaryOf(key: string, s: FoldState): EntitySummary {
	const aliases = s.aliases.filter((a) => a !== s.name);
	for (const alias of s.roleAliases) if (!aliases.includes(alias)) aliases.push(alias);
	return { key, name: s.name, kind: s.kind, aliases, roles: s.roles, mentions: s.mentions, articles: s.articles, firstArticle: s.firstArticle };
}

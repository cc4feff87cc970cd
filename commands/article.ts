import { z } from 'zod';
import type { Answer } from '../src/answer/answer.js';
import { ArticleError, FetchError } from '../src/articles/errors.js';
import { type Command, type CommandContext, OptionType, SUBCOMMAND, choices, stringOption, textOption } from '../src/command.js';
import { AnswerBuilder, MAX_ITEMS, notFound } from '../src/facts/answer-builder.js';
import type { Article } from '../src/facts/schema.js';

// /article add, remove and list: the archive managed from Discord. Adding and removing need Manage Server by default
// (the definition's default permission, which a server may change under Integrations, and a check here, which the
// MANAGE_ARTICLES_PERMISSION setting may change); listing is open to whoever may use the command.

/** Manage Server, as Discord numbers permissions. */
export const MANAGE_GUILD = 1n << 5n;

/** Longest link accepted: real article addresses are far shorter; Discord's own string limit is 6,000. */
const MAX_LINK_LENGTH = 2000;

const options = z.discriminatedUnion(SUBCOMMAND, [
	z.object({
		[SUBCOMMAND]: z.literal('add'),
		file: z.string().trim().min(1).optional(),
		link: z.string().trim().min(1, 'is empty').max(MAX_LINK_LENGTH, `is longer than ${MAX_LINK_LENGTH} characters`).optional(),
	}),
	z.object({ [SUBCOMMAND]: z.literal('remove'), article: textOption }),
	z.object({ [SUBCOMMAND]: z.literal('list') }),
]);
type Options = z.infer<typeof options>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const TITLE = { add: 'Article not added', remove: 'Article not removed' };

/** Why the caller may not change the archive, or null when they may. */
function refusal(ctx: CommandContext, action: 'add' | 'remove'): Answer | null {
	if (!ctx.archive) {
		// The console, the command line, or a bot serving a fixed FACTS_FILE: nothing watches the folder here.
		const text =
			'Articles cannot be changed from here (the console, or a bot serving a fixed facts file): copy files into the articles folder or delete them.';
		return notFound('article', TITLE[action], text, []);
	}
	const needed = ctx.archive.permission;
	// No caller: the person at the console, who runs the bot.
	if (!ctx.caller || needed === null) return null;
	if (ctx.caller.permissions === null) return notFound('article', TITLE[action], 'Articles can be changed only from a server, not in direct messages.', []);
	if ((ctx.caller.permissions & needed) === needed) return null;
	const what = needed === MANAGE_GUILD ? 'the Manage Server permission' : 'a permission this server requires for managing articles';
	return notFound('article', TITLE[action], `Only members with ${what} can ${action} articles.`, []);
}

const reasonOf = (error: unknown): string | null =>
	error instanceof ArticleError ? `${error.file}: ${error.reason}` : error instanceof FetchError ? error.message : null;

function describe(answer: AnswerBuilder, article: Article, extra: Record<string, string> = {}): Promise<void> {
	const details: Record<string, string> = {
		id: article.id,
		outlet: article.outlet ?? 'not named in the article',
		published: article.published ?? 'not stated',
	};
	if (article.authors.length) details.authors = article.authors.join(', ');
	if (article.url) details.url = article.url;
	return answer.line('source', article.title, article.outlet ?? 'Outlet not named', { ...details, ...extra }, article.id);
}

async function add(o: Extract<Options, { subcommand: 'add' }>, ctx: CommandContext): Promise<Answer> {
	const refused = refusal(ctx, 'add');
	if (refused) return refused;
	if (!o.file === !o.link) return notFound('article', TITLE.add, 'Give exactly one: a file (.md, .txt or .html) or a link to a web page.', []);
	let change;
	try {
		change = await ctx.archive!.add((o.file ?? o.link)!, o.file ? 'attachment' : 'link');
	} catch (error) {
		const reason = reasonOf(error);
		if (reason === null) throw error;
		return notFound('article', TITLE.add, `${reason}. The archive is unchanged.`, []);
	}
	const store = ctx.store;
	const answer = new AnswerBuilder(store, 'article');
	await describe(answer, await store.article(change.id), { file: change.file, ...(change.notes.length ? { 'metadata from': change.notes.join('; ') } : {}) });
	const lead = `${change.replaced ? 'Replaced' : 'Added'} as ${change.file}, and answerable now.`;
	return answer.build(change.replaced ? 'Article replaced' : 'Article added', lead);
}

async function remove(o: Extract<Options, { subcommand: 'remove' }>, ctx: CommandContext): Promise<Answer> {
	const refused = refusal(ctx, 'remove');
	if (refused) return refused;
	// By id exactly (the option autocompletes to ids): a near match must never remove another article.
	const change = await ctx.archive!.remove(o.article);
	if (!change) {
		const close = await ctx.store.complete('article', o.article, 5);
		return notFound('article', TITLE.remove, `No article "${o.article}" in the archive.`, close.map((c) => c.key));
	}
	const lead = `${change.file} is out of the archive; its facts are no longer answered.`;
	return { command: 'article', title: 'Article removed', lead, items: [], sources: [], omitted: 0, notFound: null, suggestions: [] };
}

async function list(ctx: CommandContext): Promise<Answer> {
	const store = ctx.store;
	const answer = new AnswerBuilder(store, 'article');
	const articles = await store.articles(MAX_ITEMS);
	await answer.addAll(articles, (a) => describe(answer, a));
	const problems = ctx.archive?.problems() ?? [];
	await answer.addAll(problems, (p) => answer.line('source', p.reason, `Not loaded: ${p.file}`, {}, null));
	const count = articles.total;
	const unloaded = problems.length ? `; ${plural(problems.length, 'file')} not loaded (at the end)` : '';
	const lead = `${plural(count, 'article')}, newest first${unloaded}`;
	return answer.build('Articles in the archive', lead);
}

export const article: Command<typeof options> = {
	definition: {
		name: 'article',
		description: 'Add, remove or list the articles Factdesk answers from',
		default_member_permissions: String(MANAGE_GUILD),
		contexts: [0],
		options: [
			{
				type: OptionType.Subcommand,
				name: 'add',
				description: 'Add an article: attach a .md, .txt or .html file, or give a link to a web page',
				options: [
					{ type: OptionType.String, name: 'link', description: 'The address (http or https) of an article page', max_length: MAX_LINK_LENGTH },
					{ type: OptionType.Attachment, name: 'file', description: 'A .md, .txt or .html article file' },
				],
			},
			{
				type: OptionType.Subcommand,
				name: 'remove',
				description: 'Remove an article from the archive',
				options: [stringOption('article', 'Article id', { required: true, autocomplete: true })],
			},
			{ type: OptionType.Subcommand, name: 'list', description: 'The articles in the archive, and files that could not be loaded', options: [] },
		],
	},
	options,
	example: '/article list',
	handle: (o, ctx) => (o.subcommand === 'add' ? add(o, ctx) : o.subcommand === 'remove' ? remove(o, ctx) : list(ctx)),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'article', prefix),
};

import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { summary as summaryOf } from '../src/facts/queries.js';
import { summarize } from '../src/facts/summarize.js';
import type { FactStore } from '../src/store/contract.js';
import { normalize } from '../src/text/normalize.js';

const options = z.object({ subject: textOption.optional() });

/**
 * The article a subject names by its id or its exact title; any other words are a topic or a person, so the closest
 * title (a typo-tolerant search of every title) is never looked for.
 */
async function articleNamed(store: FactStore, subject: string) {
	const found = await store.findArticle(subject, false);
	return found && (found.id === subject || normalize(found.title) === normalize(subject)) ? found : undefined;
}

export const summary: Command<typeof options> = {
	definition: {
		name: 'summary',
		description: 'The most central points on a topic, person or article across the coverage, by time',
		options: [stringOption('subject', 'A topic, a person or an article title; none for the whole coverage', { autocomplete: true })],
	},
	options,
	example: '/summary trade',
	deferFirst: true,
	handle: async ({ subject }, { store }) => {
		const article = subject ? await articleNamed(store, subject) : undefined;
		return article ? summaryOf(store, article.id) : summarize(store, subject);
	},
	autocomplete: async (_option, prefix, ctx) =>
		[...(await choices(ctx, 'topic', prefix)), ...(await choices(ctx, 'entity', prefix)), ...(await choices(ctx, 'article', prefix))].slice(0, 25),
};

import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { summary as summaryOf } from '../src/facts/queries.js';

const options = z.object({ article: textOption.optional() });

export const summary: Command<typeof options> = {
	definition: {
		name: 'summary',
		description: 'A short summary of one article, or of every article',
		options: [stringOption('article', 'Article title or id', { autocomplete: true })],
	},
	options,
	example: '/summary',
	handle: ({ article }, { store }) => summaryOf(store, article),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'article', prefix),
};

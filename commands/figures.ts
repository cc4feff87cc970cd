import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { figures as figuresOn } from '../src/facts/queries.js';

const options = z.object({ topic: textOption.optional() });

export const figures: Command<typeof options> = {
	definition: {
		name: 'figures',
		description: 'Numbers in the articles: money, percentages, counts',
		options: [stringOption('topic', 'Only figures on this topic', { autocomplete: true })],
	},
	options,
	example: '/figures trade',
	deferFirst: true,
	handle: ({ topic }, { store }) => figuresOn(store, topic),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'topic', prefix),
};

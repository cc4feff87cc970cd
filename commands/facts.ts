import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { facts as factsOn } from '../src/facts/queries.js';

const options = z.object({ topic: textOption });

export const facts: Command<typeof options> = {
	definition: {
		name: 'facts',
		description: 'Key facts and figures on a topic',
		options: [stringOption('topic', 'A topic such as trade, sanctions or war, or any word', { required: true, autocomplete: true })],
	},
	options,
	example: '/facts trade',
	deferFirst: true,
	handle: ({ topic }, { store }) => factsOn(store, topic),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'topic', prefix),
};

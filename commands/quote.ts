import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { quotes } from '../src/facts/queries.js';

const options = z.object({ speaker: textOption, topic: textOption.optional() });

export const quote: Command<typeof options> = {
	definition: {
		name: 'quote',
		description: 'Verbatim quotes by a person, with their sources',
		options: [
			stringOption('speaker', 'Who said it (full name or surname)', { required: true, autocomplete: true }),
			stringOption('topic', 'Only quotes on this topic', { autocomplete: true }),
		],
	},
	options,
	example: '/quote lavrov',
	handle: ({ speaker, topic }, { store }) => quotes(store, speaker, topic),
	autocomplete: (option, prefix, ctx) => choices(ctx, option === 'topic' ? 'topic' : 'entity', prefix),
};

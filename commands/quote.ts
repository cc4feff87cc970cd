import { z } from 'zod';
import { type Command, MAX_OPTION_LENGTH, OptionType, choices, textOption } from '../src/command.js';
import { quotes } from '../src/facts/queries.js';

const options = z.object({ speaker: textOption, topic: textOption.optional() });

export const quote: Command<typeof options> = {
	definition: {
		name: 'quote',
		description: 'Verbatim quotes by a person, with their sources',
		options: [
			{ type: OptionType.String, name: 'speaker', description: 'Who said it (full name or surname)', required: true, autocomplete: true, max_length: MAX_OPTION_LENGTH },
			{ type: OptionType.String, name: 'topic', description: 'Only quotes on this topic', autocomplete: true, max_length: MAX_OPTION_LENGTH },
		],
	},
	options,
	example: '/quote lavrov',
	handle: ({ speaker, topic }, { store }) => quotes(store, speaker, topic),
	autocomplete: (option, prefix, ctx) => choices(ctx, option === 'topic' ? 'topic' : 'entity', prefix),
};

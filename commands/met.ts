import { z } from 'zod';
import { type Command, MAX_OPTION_LENGTH, OptionType, choices, textOption } from '../src/command.js';
import { meetings } from '../src/facts/queries.js';

const options = z.object({ person: textOption, with: textOption.optional() });

export const met: Command<typeof options> = {
	definition: {
		name: 'met',
		description: 'Who met, called or visited whom: when, where and what kind',
		options: [
			{ type: OptionType.String, name: 'person', description: 'A person, country or organisation', required: true, autocomplete: true, max_length: MAX_OPTION_LENGTH },
			{ type: OptionType.String, name: 'with', description: 'Only meetings with this counterpart', autocomplete: true, max_length: MAX_OPTION_LENGTH },
		],
	},
	options,
	example: '/met putin',
	handle: ({ person, with: counterpart }, { store }) => meetings(store, person, counterpart),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'entity', prefix),
};

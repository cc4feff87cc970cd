import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { meetings } from '../src/facts/queries.js';

const options = z.object({ person: textOption, with: textOption.optional() });

export const met: Command<typeof options> = {
	definition: {
		name: 'met',
		description: 'Who met, called or visited whom: when, where and what kind',
		options: [
			stringOption('person', 'A person, country or organisation', { required: true, autocomplete: true }),
			stringOption('with', 'Only meetings with this counterpart', { autocomplete: true }),
		],
	},
	options,
	example: '/met putin',
	handle: ({ person, with: counterpart }, { store }) => meetings(store, person, counterpart),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'entity', prefix),
};

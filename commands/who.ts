import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { who as whoIs } from '../src/facts/queries.js';

const options = z.object({ name: textOption });

export const who: Command<typeof options> = {
	definition: {
		name: 'who',
		description: 'Who someone is: role, other names, what they said and whom they met',
		options: [stringOption('name', 'A person, country or organisation', { required: true, autocomplete: true })],
	},
	options,
	example: '/who peskov',
	handle: ({ name }, { store }) => whoIs(store, name),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'entity', prefix),
};

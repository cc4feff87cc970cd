import { z } from 'zod';
import { type Command, MAX_OPTION_LENGTH, OptionType, choices, textOption } from '../src/command.js';
import { timeline as timelineOf } from '../src/facts/queries.js';

const options = z.object({ person: textOption.optional() });

export const timeline: Command<typeof options> = {
	definition: {
		name: 'timeline',
		description: 'Dated meetings, calls and visits, earliest first',
		options: [{ type: OptionType.String, name: 'person', description: 'Only events of this person', autocomplete: true, max_length: MAX_OPTION_LENGTH }],
	},
	options,
	example: '/timeline putin',
	handle: ({ person }, { store }) => timelineOf(store, person),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'entity', prefix),
};

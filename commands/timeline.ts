import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { timeline as timelineOf } from '../src/facts/queries.js';

const options = z.object({ person: textOption.optional() });

export const timeline: Command<typeof options> = {
	definition: {
		name: 'timeline',
		description: 'Dated meetings, calls and visits, earliest first',
		options: [stringOption('person', 'Only events of this person', { autocomplete: true })],
	},
	options,
	example: '/timeline putin',
	handle: ({ person }, { store }) => timelineOf(store, person),
	autocomplete: (_option, prefix, ctx) => choices(ctx, 'entity', prefix),
};

import { z } from 'zod';
import { type Command, choices, stringOption, textOption } from '../src/command.js';
import { MEETING_KINDS, meetings } from '../src/facts/queries.js';
import { normalize } from '../src/text/normalize.js';

const options = z.object({ person: textOption, with: textOption.optional(), kind: textOption.optional() });

export const met: Command<typeof options> = {
	definition: {
		name: 'met',
		description: 'Who met, called or visited whom: when, where and what kind',
		options: [
			stringOption('person', 'A person, country or organisation', { required: true, autocomplete: true }),
			stringOption('with', 'Only meetings with this counterpart', { autocomplete: true }),
			stringOption('kind', 'Only this kind: meeting, talks, call, visit, summit, signing, hearing, address', { autocomplete: true }),
		],
	},
	options,
	example: '/met putin',
	handle: ({ person, with: counterpart, kind }, { store }) => meetings(store, person, counterpart, kind),
	autocomplete: async (option, prefix, ctx) =>
		option === 'kind' ? MEETING_KINDS.filter((k) => k.startsWith(normalize(prefix))).map((k) => ({ name: k, value: k })) : choices(ctx, 'entity', prefix),
};

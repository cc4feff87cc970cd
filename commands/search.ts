import { z } from 'zod';
import { type Command, MAX_OPTION_LENGTH, OptionType, textOption } from '../src/command.js';
import { search as searchText } from '../src/facts/queries.js';

const options = z.object({ text: textOption });

export const search: Command<typeof options> = {
	definition: {
		name: 'search',
		description: 'Sentences of the articles matching some words',
		options: [{ type: OptionType.String, name: 'text', description: 'Words to look for (typos and prefixes are fine)', required: true, max_length: MAX_OPTION_LENGTH }],
	},
	options,
	example: '/search gun salute',
	handle: ({ text }, { store }) => searchText(store, text),
};

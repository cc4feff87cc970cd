import { z } from 'zod';
import { type Command, stringOption, textOption } from '../src/command.js';
import { search as searchText } from '../src/facts/queries.js';

const options = z.object({ text: textOption });

export const search: Command<typeof options> = {
	definition: {
		name: 'search',
		description: 'Sentences of the articles matching some words',
		options: [stringOption('text', 'Words to look for (typos and prefixes are fine)', { required: true })],
	},
	options,
	example: '/search gun salute',
	deferFirst: true,
	handle: ({ text }, { store }) => searchText(store, text),
};

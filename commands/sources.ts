import { z } from 'zod';
import type { Command } from '../src/command.js';
import { sources as listSources } from '../src/facts/queries.js';

const options = z.object({});

export const sources: Command<typeof options> = {
	definition: { name: 'sources', description: 'Every article: outlet, authors, date and link', options: [] },
	options,
	example: '/sources',
	handle: (_options, { store }) => listSources(store),
};

import { z } from 'zod';
import type { Answer } from '../src/answer/answer.js';
import type { Command } from '../src/command.js';
import { commands } from './index.js';

const options = z.object({});

/** Lists every command from the one command list, so help can never miss one. */
function helpAnswer(): Answer {
	const items = commands.map((c) => ({
		kind: 'command' as const,
		text: c.definition.description,
		label: `/${c.definition.name}${c.definition.options.map((o) => (o.required ? ` ${o.name}` : ` [${o.name}]`)).join('')}`,
		details: { example: c.example },
		cite: null,
		span: null,
	}));
	return { command: 'help', title: 'Factdesk commands', lead: 'Answers come only from the articles, each with a numbered source.', items, sources: [], omitted: 0, notFound: null, suggestions: [] };
}

export const help: Command<typeof options> = {
	definition: { name: 'help', description: 'What Factdesk can answer, with an example of each command', options: [] },
	options,
	example: '/help',
	handle: () => helpAnswer(),
};

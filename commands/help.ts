import { z } from 'zod';
import type { Answer } from '../src/answer/answer.js';
import { type Command, type OptionDefinition, OptionType } from '../src/command.js';

const options = z.object({});

/** " topic", " [with]", or the subcommands as " add|remove|list". */
function usage(options: readonly OptionDefinition[]): string {
	const subcommands = options.filter((o) => o.type === OptionType.Subcommand);
	if (subcommands.length > 0) return ` ${subcommands.map((o) => o.name).join('|')}`;
	return options.map((o) => (o.required ? ` ${o.name}` : ` [${o.name}]`)).join('');
}

/** Lists every command from the one command list, so help can never miss one. */
function helpAnswer(commands: readonly Command[]): Answer {
	const items = commands.map((c) => ({
		kind: 'command' as const,
		text: c.definition.description,
		label: `/${c.definition.name}${usage(c.definition.options)}`,
		details: { example: c.example },
		cite: null,
		span: null,
	}));
	const lead = 'Answers come only from the articles, each with a numbered source.';
	return { command: 'help', title: 'Factdesk commands', lead, items, sources: [], omitted: 0, notFound: null, suggestions: [] };
}

/** /help over the command list it is given (commands/index.ts gives it the one list, itself included). */
export const help = (commands: () => readonly Command[]): Command<typeof options> => ({
	definition: { name: 'help', description: 'What Factdesk can answer, with an example of each command', options: [] },
	options,
	example: '/help',
	handle: async () => helpAnswer(commands()),
});

import { z } from 'zod';
import type { Answer } from '../../src/answer/answer.js';
import type { Command, CommandContext } from '../../src/command.js';
import { OptionType } from '../../src/command.js';
import { answer, citation, item } from '../answer/fixtures.js';

// Small stand-ins for commands/, so the transport can be tested without the facts module.

export const quoteCommand: Command = {
	definition: {
		name: 'quote',
		description: 'Verbatim quotes by a speaker',
		options: [
			{ type: OptionType.String, name: 'speaker', description: 'Who said it', required: true, autocomplete: true },
			{ type: OptionType.String, name: 'topic', description: 'Only on this topic', autocomplete: true },
		],
	},
	options: z.object({ speaker: z.string().min(1).max(60), topic: z.string().max(60).optional() }),
	example: '/quote lavrov topic:trade',
	async handle(options: { speaker: string; topic?: string }): Promise<Answer> {
		if (options.speaker === 'boom') throw new Error('kaboom at /secret/path');
		if (options.speaker !== 'lavrov') return answer([], { notFound: `No speaker called "${options.speaker}".`, suggestions: ['Sergei Lavrov'] });
		const items = Array.from({ length: 20 }, (_, i) => item(`Quote ${i}${options.topic ? ` on ${options.topic}` : ''}`));
		return answer(items, { sources: [citation(1)] });
	},
	async autocomplete(option: string, prefix: string) {
		const names = Array.from({ length: 40 }, (_, i) => ({ name: `Speaker ${i} ${prefix}`, value: `speaker-${i}` }));
		return [{ name: 'x'.repeat(150), value: 'long-name' }, { name: 'bad', value: 'v'.repeat(101) }, ...names];
	},
};

export const slowCommand: Command = {
	definition: { name: 'slow', description: 'Takes its time', options: [] },
	options: z.object({}),
	example: '/slow',
	async handle(): Promise<Answer> {
		return answer([item('late but here')], { command: 'slow', title: 'Slow' });
	},
};

export const commandsByName = new Map<string, Command>([quoteCommand, slowCommand].map((c) => [c.definition.name, c]));
export const fakeContext = { store: {} } as unknown as CommandContext;

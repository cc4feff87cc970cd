import { z } from 'zod';
import { type Choice, type Command, stringOption, textOption } from '../src/command.js';
import { ask as askQuestion } from '../src/ask/ask.js';

const options = z.object({ question: textOption });

/** Names and topics completing the last words typed: "what did lav" offers "what did Sergei Lavrov". */
async function suggestions(prefix: string, store: Parameters<Command['handle']>[1]['store']): Promise<Choice[]> {
	const typed = prefix.slice(0, 100);
	const lastWords = typed.split(/\s+/).slice(-2).join(' ');
	const head = typed.slice(0, typed.length - lastWords.length);
	const found = lastWords.trim() ? await store.complete('any', lastWords, 25) : [];
	const choices = found.map((c) => `${head}${c.name}`.slice(0, 100)).filter((v) => v.trim().length > 0);
	return [...new Set([typed.trim(), ...choices])].filter(Boolean).slice(0, 25).map((v) => ({ name: v, value: v }));
}

export const ask: Command<typeof options> = {
	definition: {
		name: 'ask',
		description: 'Ask a question in plain English; answered only from the articles',
		options: [stringOption('question', 'e.g. who did xi meet in may, what did lavrov say about asean', { required: true, autocomplete: true })],
	},
	options,
	example: '/ask who did xi meet in may',
	deferFirst: true,
	handle: async ({ question }, { store }) => (await askQuestion(store, question)).answer,
	autocomplete: (_option, prefix, ctx) => suggestions(prefix, ctx.store),
};

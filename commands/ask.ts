import { sliceWhole } from '../src/answer/escape.js';
import { z } from 'zod';
import { type Choice, type Command, MAX_OPTION_LENGTH, stringOption, textOption } from '../src/command.js';
import type { FactStore } from '../src/store/contract.js';
import { words } from '../src/text/normalize.js';
import { ask as askQuestion } from '../src/ask/ask.js';

const options = z.object({ question: textOption });

/** Whether every typed word begins a word of the name ("sergei lav" → "Sergei Lavrov"). */
const begins = (typed: string[], name: string) => {
	const own = words(name);
	return typed.every((t) => own.some((w) => w.startsWith(t)));
};

/** The question as typed, then the names and topics that complete the word being typed: "what did lav" → "what did Sergei Lavrov". */
async function suggestions(prefix: string, store: FactStore): Promise<Choice[]> {
	const typed = sliceWhole(prefix, MAX_OPTION_LENGTH);
	const parts = typed.trimEnd().split(/\s+/);
	const last = words(parts.at(-1) ?? '');
	const out = [typed.trim()];
	if (last.length === 1 && last[0]!.length >= 2) {
		for (const c of await store.complete('any', last[0]!, 25)) {
			// The word before may be the start of the same name ("sergei lav").
			const replaced = parts.length > 1 && begins(words(parts.slice(-2).join(' ')), c.name) ? 2 : begins(last, c.name) ? 1 : 0;
			if (replaced) out.push(sliceWhole(`${parts.slice(0, parts.length - replaced).join(' ')} ${c.name}`.trim(), MAX_OPTION_LENGTH));
		}
	}
	return [...new Set(out)].filter(Boolean).slice(0, 25).map((v) => ({ name: v, value: v }));
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
	handle: async ({ question }, { store, conversation }) => {
		const previous = conversation?.conversations.get(conversation.channel) ?? null;
		const { answer, reading } = await askQuestion(store, question, { previous });
		conversation?.conversations.set(conversation.channel, reading);
		return answer;
	},
	autocomplete: (_option, prefix, ctx) => suggestions(prefix, ctx.store),
};

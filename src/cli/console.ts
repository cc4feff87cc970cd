import { createInterface } from 'node:readline';
import type { Command, CommandContext } from '../command.js';
import { renderText } from '../answer/text.js';
import { runCommand } from '../run-command.js';
import { Conversations } from '../ask/follow-up.js';
import { parseLine } from './console-line.js';

// The offline console: the same commands and answers as the bot, read from stdin and printed as text.

export interface ConsoleOptions {
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	errors: NodeJS.WritableStream;
	commands: ReadonlyMap<string, Command>;
	ctx: CommandContext;
	/** Show a banner and a prompt: only when a person is typing. */
	interactive: boolean;
}

const QUESTION_START = new RegExp(
	String.raw`^(?:what|whats|what's|wat|who|whos|who's|whom|when|where|why|how|which|did|does|do|is|are|was|were|has|have|had|can|could|will|tell|` +
		String.raw`summari[sz]e|and)\b`,
	'i',
);

/** A line typed without a slash that reads as a question ("who is peskov", "lavrov on trade?") goes to /ask. */
function isQuestion(line: string, commands: ReadonlyMap<string, Command>): boolean {
	if (line.startsWith('/') || !commands.has('ask')) return false;
	const first = line.split(/\s+/)[0]!.toLowerCase();
	return QUESTION_START.test(line) || line.endsWith('?') || !commands.has(first);
}

/** Answers one line; returns the text to print and whether it was an error. */
export async function answerLine(line: string, commands: ReadonlyMap<string, Command>, ctx: CommandContext): Promise<{ text: string; error: boolean }> {
	const parsed = isQuestion(line, commands) ? ({ ok: true, command: 'ask', options: { question: line } } as const) : parseLine(line, commands);
	if (!parsed.ok) return { text: parsed.message + '\n', error: true };
	const command = commands.get(parsed.command)!;
	try {
		const result = await runCommand(command, parsed.options, ctx);
		return result.ok ? { text: renderText(result.answer), error: false } : { text: result.message + '\n', error: true };
	} catch (error) {
		return { text: `Something went wrong answering that: ${(error as Error).message}\n`, error: true };
	}
}

/** Answers every line; resolves with how many lines were errors (an unknown command, bad options, a failure). */
export async function runConsole(options: ConsoleOptions): Promise<number> {
	const { output, errors, interactive } = options;
	const lines = createInterface({ input: options.input, terminal: false });
	// The console is one conversation: a question may lean on the one before ("and xi?").
	const ctx: CommandContext = { ...options.ctx, conversation: options.ctx.conversation ?? { channel: 'console', conversations: new Conversations() } };
	let failed = 0;
	if (interactive) {
		const names = [...options.commands.keys()].map((n) => `/${n}`).join(' ');
		errors.write(
			`Factdesk offline console (no DISCORD_TOKEN set). Commands: ${names}\n` +
				'Try /help, /quote lavrov, or ask a question: who did xi meet in may. Ctrl-D quits.\n> ',
		);
	}
	for await (const raw of lines) {
		const line = raw.trim();
		if (line === 'exit' || line === 'quit') break;
		if (line !== '' && !line.startsWith('#')) {
			const { text, error } = await answerLine(line, options.commands, ctx);
			(error ? errors : output).write(text + (interactive ? '' : '\n'));
			if (error) failed += 1;
		}
		if (interactive) errors.write('> ');
	}
	lines.close();
	return failed;
}

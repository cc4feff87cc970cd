import { createInterface } from 'node:readline';
import type { Command, CommandContext } from '../command.js';
import { renderText } from '../answer/text.js';
import { runCommand } from '../run-command.js';
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

/** Answers one line; returns the text to print and whether it was an error. */
export async function answerLine(line: string, commands: ReadonlyMap<string, Command>, ctx: CommandContext): Promise<{ text: string; error: boolean }> {
	const parsed = parseLine(line, commands);
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
	let failed = 0;
	if (interactive) {
		const names = [...options.commands.keys()].map((n) => `/${n}`).join(' ');
		errors.write(`Factdesk offline console (no DISCORD_TOKEN set). Commands: ${names}\nTry /help or /quote lavrov. Ctrl-D quits.\n> `);
	}
	for await (const raw of lines) {
		const line = raw.trim();
		if (line === 'exit' || line === 'quit') break;
		if (line !== '' && !line.startsWith('#')) {
			const { text, error } = await answerLine(line, options.commands, options.ctx);
			(error ? errors : output).write(text + (interactive ? '' : '\n'));
			if (error) failed += 1;
		}
		if (interactive) errors.write('> ');
	}
	lines.close();
	return failed;
}

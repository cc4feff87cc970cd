import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderText } from '../answer/text.js';
import { commandsByName } from '../../commands/index.js';
import { FactsFileError } from '../facts/store.js';
import { openFactStore } from '../facts/load.js';
import { runCommand } from '../run-command.js';
import { parseLine } from './console-line.js';

// npm run --silent ask -- [--json | --explain] [--data FILE] <command> <args…>: the bot's answer, as text or JSON,
// or as text followed by the rule that decided each quote, statement and meeting.
// A question of several words in one argument is asked as it is: npm run --silent ask -- "who did xi meet in may".

const USAGE = `usage: npm run --silent ask -- [--json | --explain] [--data FILE] <command> <args…>
       npm run --silent ask -- [--json] [--data FILE] "<question>"
commands: ${[...commandsByName.keys()].join(', ')}`;

/** One argument of several words is a question for /ask ("who is peskov"), even when it starts with a command's name. */
const isQuestion = (positionals: string[]) => positionals.length === 1 && /\s/.test(positionals[0]!.trim());

/** Where the command line writes: standard output and standard error, or a test's buffers. */
export interface Output {
	out(text: string): void;
	err(text: string): void;
}

const CONSOLE: Output = { out: (text) => console.log(text), err: (text) => console.error(text) };

/** Runs `ask` with its arguments; returns the exit code (0 answered, 1 no usable facts, 2 usage). */
export async function ask(argv: string[], io: Output = CONSOLE): Promise<number> {
	let parsed;
	try {
		const options = { json: { type: 'boolean' }, explain: { type: 'boolean' }, data: { type: 'string' }, help: { type: 'boolean' } } as const;
		parsed = parseArgs({ args: argv, allowPositionals: true, options });
	} catch (error) {
		io.err(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.out(USAGE);
		return 0;
	}
	if (values.json && values.explain) {
		io.err(`--json and --explain do not go together\n${USAGE}`);
		return 2;
	}
	const [name, ...args] = isQuestion(positionals) ? ['ask', positionals[0]!] : positionals;
	// Arguments keep their own spaces ("Barack Obama" is one value); the console's parser does the rest. A straight
	// quotation mark inside an argument becomes a curly one, which matching treats alike, so it cannot end the value.
	const line = parseLine(`/${name ?? ''} ${args.map((a) => (/\s/.test(a) ? `"${a.replace(/"/g, '”')}"` : a)).join(' ')}`, commandsByName);
	if (!name || !line.ok) {
		io.err(`${line.ok ? 'no command given' : line.message}\n${USAGE}`);
		return 2;
	}
	let store;
	try {
		store = await openFactStore(values.data ? { factsFile: values.data } : { databaseUrl: process.env.DATABASE_URL });
	} catch (error) {
		if (!(error instanceof FactsFileError)) throw error;
		io.err(error.message);
		return 1;
	}
	try {
		const result = await runCommand(commandsByName.get(line.command)!, line.options, { store });
		if (!result.ok) {
			io.err(`${result.message}\n${USAGE}`);
			return 2;
		}
		io.out(values.json ? JSON.stringify(result.answer, null, 2) : renderText(result.answer));
		if (values.explain) {
			// The rules' records of the articles the answer cites; the rules' code is loaded only to explain them.
			const { explainAnswer } = await import('./explain.js');
			const articles = [...new Set(result.answer.items.flatMap((i) => (i.span ? [i.span.article] : [])))];
			const items = await Promise.all(articles.map((id) => store.articleItems(id)));
			io.out(
				explainAnswer(result.answer, {
					quotes: items.flatMap((i) => i.quotes),
					statements: items.flatMap((i) => i.statements),
					meetings: items.flatMap((i) => i.meetings),
				}),
			);
		}
		return 0;
	} finally {
		// A PostgreSQL pool's idle connections would otherwise hold the process open for seconds after the answer.
		await store.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = await ask(process.argv.slice(2));

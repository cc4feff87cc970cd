import { parseArgs } from 'node:util';
import { renderText } from '../answer/text.js';
import { commandsByName } from '../../commands/index.js';
import { FactsFileError } from '../facts/store.js';
import { openFactStore } from '../facts/load.js';
import { runCommand } from '../run-command.js';
import { parseLine } from './console-line.js';

// npm run --silent ask -- [--json] [--data FILE] <command> <args…>: the bot's answer, as text or JSON.
// A question of several words in one argument is asked as it is: npm run --silent ask -- "who did xi meet in may".

const USAGE = `usage: npm run --silent ask -- [--json] [--data FILE] <command> <args…>
       npm run --silent ask -- [--json] [--data FILE] "<question>"
commands: ${[...commandsByName.keys()].join(', ')}`;

/** One argument of several words is a question for /ask ("who is peskov"), even when it starts with a command's name. */
const isQuestion = (positionals: string[]) => positionals.length === 1 && /\s/.test(positionals[0]!.trim());

async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, data: { type: 'string' }, help: { type: 'boolean' } } });
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const [name, ...args] = isQuestion(positionals) ? ['ask', positionals[0]!] : positionals;
	// Arguments keep their own spaces ("Barack Obama" is one value); the console's parser does the rest. A straight
	// quotation mark inside an argument becomes a curly one, which matching treats alike, so it cannot end the value.
	const line = parseLine(`/${name ?? ''} ${args.map((a) => (/\s/.test(a) ? `"${a.replace(/"/g, '”')}"` : a)).join(' ')}`, commandsByName);
	if (!name || !line.ok) {
		console.error(`${line.ok ? 'no command given' : line.message}\n${USAGE}`);
		return 2;
	}
	let store;
	try {
		store = openFactStore({ factsFile: values.data });
	} catch (error) {
		if (!(error instanceof FactsFileError)) throw error;
		console.error(error.message);
		return 1;
	}
	const result = await runCommand(commandsByName.get(line.command)!, line.options, { store });
	if (!result.ok) {
		console.error(`${result.message}\n${USAGE}`);
		return 2;
	}
	console.log(values.json ? JSON.stringify(result.answer, null, 2) : renderText(result.answer));
	return 0;
}

process.exitCode = await main(process.argv.slice(2));

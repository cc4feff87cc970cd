import { type Command, flatOptionNames, SUBCOMMAND } from '../command.js';

// Parses a console line like `/quote sergei lavrov topic:trade` into a command name and raw options.
// Unquoted words run together into one value; "quoted text" is one value; name:value sets an option by name and
// takes the words after it. Positional values fill the options not named, in definition order.

export type ParsedLine = { ok: true; command: string; options: Record<string, string> } | { ok: false; message: string };

interface Token {
	text: string;
	quoted: boolean;
}

function tokenize(line: string): Token[] | null {
	const tokens: Token[] = [];
	let current: Token | null = null;
	let quote: string | null = null;
	for (const ch of line) {
		if (quote) {
			if (ch === quote || (quote === '“' && ch === '”')) quote = null;
			else current!.text += ch;
		} else if (ch === '"' || ch === '“') {
			current ??= { text: '', quoted: true };
			current.quoted = true;
			quote = ch;
		} else if (/\s/.test(ch)) {
			if (current) tokens.push(current);
			current = null;
		} else {
			current ??= { text: '', quoted: false };
			current.text += ch;
		}
	}
	if (quote) return null;
	if (current) tokens.push(current);
	return tokens;
}

export function parseLine(line: string, commands: ReadonlyMap<string, Command>): ParsedLine {
	const tokens = tokenize(line.trim());
	if (!tokens) return { ok: false, message: 'A quotation mark is not closed.' };
	const [head, ...rest] = tokens;
	const name = (head?.text ?? '').replace(/^\//, '').toLowerCase();
	const command = commands.get(name);
	if (!command) return { ok: false, message: `Unknown command /${name}. Commands: ${[...commands.keys()].map((n) => `/${n}`).join(', ')}` };
	let optionNames = flatOptionNames(command.definition);

	const positional: string[] = [];
	const named: Record<string, string> = {};
	// A command with subcommands takes the subcommand as its first word, then that subcommand's options: "/article remove some-id".
	if (optionNames[0] === SUBCOMMAND && rest[0] && !/:/.test(rest[0].text)) {
		const subcommand = rest.shift()!.text.toLowerCase();
		named[SUBCOMMAND] = subcommand;
		optionNames = (command.definition.options.find((o) => o.name === subcommand)?.options ?? []).map((o) => o.name);
	}
	let run: { name: string | null; parts: string[] } | null = null;
	const flush = () => {
		if (run && run.parts.length > 0) {
			if (run.name) named[run.name] = run.parts.join(' ');
			else positional.push(run.parts.join(' '));
		}
		run = null;
	};
	for (const token of rest) {
		const pair = /^([a-z][\w-]*):(.*)$/s.exec(token.text);
		if (pair && optionNames.includes(pair[1]!) && !token.text.startsWith('"')) {
			flush();
			run = { name: pair[1]!, parts: pair[2] ? [pair[2]] : [] };
			if (token.quoted) flush();
		} else if (token.quoted) {
			if (run?.name && run.parts.length === 0) run.parts.push(token.text);
			else {
				flush();
				positional.push(token.text);
			}
			flush();
		} else {
			run ??= { name: null, parts: [] };
			(run as { parts: string[] }).parts.push(token.text);
		}
	}
	flush();

	const free = optionNames.filter((o) => !(o in named));
	if (positional.length > free.length) {
		const usage = command.example ? ` Example: ${command.example}` : '';
		return { ok: false, message: `Too many values for /${name}: name the options, like topic:trade.${usage}` };
	}
	positional.forEach((value, i) => (named[free[i]!] = value));
	return { ok: true, command: name, options: named };
}

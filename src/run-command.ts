import type { Answer } from './answer/answer.js';
import { cutAtWord } from './answer/cut.js';
import type { Command, CommandContext } from './command.js';

// Shared by every transport: raw option values in, an Answer or a friendly message about the options out.

export type RawOptions = Readonly<Record<string, string | number | boolean>>;

export type RunResult = { ok: true; answer: Answer } | { ok: false; message: string };

export async function runCommand(command: Command, options: RawOptions, ctx: CommandContext): Promise<RunResult> {
	// Every transport hands over strings (Discord integers included), so schemas parse one shape.
	const raw = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)]));
	const parsed = command.options.safeParse(raw);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`).join('; ');
		return { ok: false, message: `Those options do not work for /${command.definition.name}: ${cutAtWord(problems, 300)}. Example: ${command.example}` };
	}
	return { ok: true, answer: await command.handle(parsed.data, ctx) };
}

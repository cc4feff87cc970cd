import { SUBCOMMAND } from '../command.js';
import type { RawOptions } from '../run-command.js';

// Discord nests a subcommand's options inside it and sends an attachment option as an id into
// interaction.data.resolved.attachments; commands take one flat set of values, an attachment as its URL.

/** An interaction option as the API (and discord.js's `options.data`) gives it. */
export interface ApiOption {
	name: string;
	type: number;
	value?: string | number | boolean | undefined;
	options?: readonly ApiOption[] | undefined;
	/** discord.js resolves the attachment itself. */
	attachment?: { url: string } | null | undefined;
}

const SUBCOMMAND_TYPE = 1;
const SUBCOMMAND_GROUP_TYPE = 2;
const ATTACHMENT_TYPE = 11;

/** The options as flat raw values: a subcommand's name under `subcommand`, an attachment as its URL. */
export function flattenOptions(options: readonly ApiOption[] | undefined, attachments: Readonly<Record<string, { url: string }>> = {}): RawOptions {
	const out: Record<string, string | number | boolean> = {};
	const visit = (list: readonly ApiOption[]) => {
		for (const option of list) {
			if (option.type === SUBCOMMAND_TYPE || option.type === SUBCOMMAND_GROUP_TYPE) {
				out[SUBCOMMAND] = out[SUBCOMMAND] ? `${out[SUBCOMMAND]} ${option.name}` : option.name;
				visit(option.options ?? []);
			} else if (option.type === ATTACHMENT_TYPE) {
				const url = option.attachment?.url ?? attachments[String(option.value)]?.url;
				if (url) out[option.name] = url;
			} else if (option.value !== undefined) out[option.name] = option.value;
		}
	};
	visit(options ?? []);
	return out;
}

/** The option being typed in, at any depth (a subcommand's option is inside the subcommand). */
export function focusedOption<T extends ApiOption & { focused?: boolean | undefined }>(options: readonly T[] | undefined): T | undefined {
	for (const option of options ?? []) {
		if (option.focused) return option;
		const inner = focusedOption((option.options ?? []) as readonly T[]);
		if (inner) return inner;
	}
	return undefined;
}

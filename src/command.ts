import { z } from 'zod';
import { sliceWhole } from './answer/escape.js';
import type { Answer } from './answer/answer.js';
import type { Conversations } from './ask/follow-up.js';
import type { FactStore } from './store/contract.js';

// What every file in commands/ exports. Definitions are plain Discord API JSON so that deploy, /help,
// the router, the console and the CLI all read the same constant; nothing here depends on discord.js.

export const OptionType = { Subcommand: 1, String: 3, Integer: 4, Attachment: 11 } as const;

export interface OptionDefinition {
	readonly type: (typeof OptionType)[keyof typeof OptionType];
	readonly name: string;
	readonly description: string;
	readonly required?: boolean;
	readonly autocomplete?: boolean;
	readonly max_length?: number;
	readonly min_value?: number;
	/** A subcommand's own options. */
	readonly options?: readonly OptionDefinition[];
}

export interface CommandDefinition {
	readonly name: string;
	readonly description: string;
	readonly options: readonly OptionDefinition[];
	/** Permission bits (decimal) a member needs to see the command, until a server changes it (Integrations). */
	readonly default_member_permissions?: string | null;
	/** Where the command can be used: 0 is a server (not direct messages). */
	readonly contexts?: readonly number[];
}

/** A subcommand's name travels as this option, so every transport hands over one flat set of values. */
export const SUBCOMMAND = 'subcommand';

/** The option names a command takes, flat: `subcommand` first when it has subcommands, then every option once. */
export function flatOptionNames(definition: CommandDefinition): string[] {
	const subcommands = definition.options.filter((o) => o.type === OptionType.Subcommand);
	if (subcommands.length === 0) return definition.options.map((o) => o.name);
	return [SUBCOMMAND, ...new Set(subcommands.flatMap((s) => (s.options ?? []).map((o) => o.name)))];
}

/** Who is asking: their Discord permissions in the server, or null outside one. */
export interface Caller {
	readonly userId: string;
	readonly permissions: bigint | null;
}

/** A change the archive made: the article's id, its file, and whether it replaced one. */
export interface ArchiveChange {
	readonly id: string;
	readonly file: string;
	readonly replaced: boolean;
	/** Where the metadata came from, for an imported page ("published from json-ld datePublished"). */
	readonly notes: readonly string[];
}

/** The articles folder as the running bot may change it; absent where nothing may be changed (CLI, other tests). */
export interface ArchiveControl {
	/** The permission bits needed to add or remove, or null when every member may. */
	readonly permission: bigint | null;
	/** Adds the file or page at `url`; rejects with ArticleError or FetchError (both with a reason to show). */
	add(url: string, from: 'attachment' | 'link'): Promise<ArchiveChange>;
	/** Removes the article with this id; null when there is none. */
	remove(id: string): Promise<ArchiveChange | null>;
	/** Files in the folder that cannot be used, with the reason. */
	problems(): readonly { file: string; reason: string }[];
}

export interface CommandContext {
	/** Replaced whole when the articles change while the bot runs; read it once per answer. */
	readonly store: FactStore;
	/** Where the question was asked, and the readings remembered there: /ask follow-ups lean on the last one. */
	readonly conversation?: { readonly channel: string; readonly conversations: Conversations };
	readonly archive?: ArchiveControl;
	/** Absent at the console and the command line, where the person at the keyboard runs the bot. */
	readonly caller?: Caller;
}

export interface Choice {
	readonly name: string;
	readonly value: string;
}

export interface Command<Options extends z.ZodType = z.ZodType> {
	readonly definition: CommandDefinition;
	/** Parses raw option values (strings from Discord, the console or the CLI). */
	readonly options: Options;
	readonly example: string;
	/** Its answer may take a moment even when all is well (a search over every sentence): acknowledge Discord first. */
	readonly deferFirst?: boolean;
	handle(options: z.infer<Options>, ctx: CommandContext): Promise<Answer>;
	/** Choices for the focused option; at most 25, values are canonical keys. */
	autocomplete?(option: string, prefix: string, ctx: CommandContext): Promise<Choice[]>;
}

/** Longest text a string option accepts: Discord's limit for an autocomplete value, so every offered key fits. */
export const MAX_OPTION_LENGTH = 100;

/** A string option's definition, capped at the length its schema (`textOption`) accepts. */
export function stringOption(name: string, description: string, flags: { required?: boolean; autocomplete?: boolean } = {}): OptionDefinition {
	return { type: OptionType.String, name, description, ...flags, max_length: MAX_OPTION_LENGTH };
}

/** A text option as every transport delivers it: trimmed, non-empty, short enough for paging state. */
export const textOption = z
	.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
	.transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
	.pipe(z.string().min(1, 'is empty').max(MAX_OPTION_LENGTH, `is longer than ${MAX_OPTION_LENGTH} characters`));

/** Autocomplete choices from the store's name index: label as name, canonical key as value. */
export async function choices(ctx: CommandContext, type: 'entity' | 'topic' | 'article', prefix: string): Promise<Choice[]> {
	// A key longer than a choice value could not be resolved once cut, so it is left out; names are cut between characters.
	const found = await ctx.store.complete(type, sliceWhole(prefix, MAX_OPTION_LENGTH), 25);
	return found.filter((c) => c.key.length <= 100).map((c) => ({ name: sliceWhole(c.name, 100), value: c.key }));
}

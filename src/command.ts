import { z } from 'zod';
import type { Answer } from './answer/answer.js';
import type { Conversations } from './ask/follow-up.js';
import type { FactStore } from './store/contract.js';

// What every file in commands/ exports. Definitions are plain Discord API JSON so that deploy, /help,
// the router, the console and the CLI all read the same constant; nothing here depends on discord.js.

export const OptionType = { String: 3, Integer: 4 } as const;

export interface OptionDefinition {
	readonly type: (typeof OptionType)[keyof typeof OptionType];
	readonly name: string;
	readonly description: string;
	readonly required?: boolean;
	readonly autocomplete?: boolean;
	readonly max_length?: number;
	readonly min_value?: number;
}

export interface CommandDefinition {
	readonly name: string;
	readonly description: string;
	readonly options: readonly OptionDefinition[];
}

export interface CommandContext {
	readonly store: FactStore;
	/** Where the question was asked, and the readings remembered there: /ask follow-ups lean on the last one. */
	readonly conversation?: { readonly channel: string; readonly conversations: Conversations };
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
	return (await ctx.store.complete(type, prefix.slice(0, MAX_OPTION_LENGTH), 25)).map((c) => ({ name: c.name.slice(0, 100), value: c.key.slice(0, 100) }));
}

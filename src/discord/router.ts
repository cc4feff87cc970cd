import type { Answer } from '../answer/answer.js';
import { cutAtWord } from '../answer/cut.js';
import type { ReplyPayload } from '../answer/embed.js';
import { renderEmbedPage, renderNotice } from '../answer/embed.js';
import { LIMITS } from '../answer/limits.js';
import { type Choice, type Command, type CommandContext, flatOptionNames } from '../command.js';
import type { Conversations } from '../ask/follow-up.js';
import type { Logger } from '../log.js';
import type { RawOptions } from '../run-command.js';
import { runCommand } from '../run-command.js';
import { decodePagingId, encodePagingId } from './custom-id.js';
import type { RateLimiter } from './rate-limit.js';

// One router for every transport: plain interaction data in, a reply to send out. No discord.js objects here,
// so the gateway and the tests drive the same code.

export type { RawOptions };

export type Incoming =
	| { kind: 'command'; id: string; userId: string; command: string; options: RawOptions; channelId?: string; permissions?: string }
	| { kind: 'autocomplete'; id: string; userId: string; command: string; options: RawOptions; focused: { name: string; value: string } }
	| { kind: 'button'; id: string; userId: string; customId: string; permissions?: string };

export type Outgoing =
	| { type: 'reply'; payload: ReplyPayload }
	| { type: 'update'; payload: ReplyPayload }
	| { type: 'choices'; choices: Choice[] };

export type Outcome = 'ok' | 'not-found' | 'bad-options' | 'unknown-command' | 'refused' | 'stale' | 'rate-limited' | 'error';

export interface Routed {
	command: string;
	outcome: Outcome;
	outgoing: Outgoing;
}

export interface RouterDeps {
	commands: ReadonlyMap<string, Command>;
	ctx: CommandContext;
	log: Logger;
	/** The last question per channel, for /ask follow-ups; shared with the mention handler. */
	conversations?: Conversations;
	/** Per-user limits; without them nothing is limited (tests, the console). */
	limits?: { commands: RateLimiter; autocomplete: RateLimiter };
}

export type Router = (incoming: Incoming) => Promise<Routed>;

const GENERIC_ERROR = 'Something went wrong on our side while answering. Please try again in a moment.';

/** Raw option values in definition order, as strings: what the custom id carries. */
function optionValues(command: Command, options: RawOptions): string[] {
	return flatOptionNames(command.definition).map((name) => (options[name] === undefined ? '' : String(options[name])));
}

/** The context one interaction is answered in: who asks, where, and the store as it is when read (it is replaced when articles change). */
function contextFor(incoming: Incoming, deps: RouterDeps): CommandContext {
	const given = 'permissions' in incoming ? incoming.permissions : undefined;
	const permissions = given !== undefined && /^\d+$/.test(given) ? BigInt(given) : null;
	const channel = incoming.kind === 'command' ? incoming.channelId : undefined;
	const { ctx } = deps;
	return {
		...ctx,
		get store() {
			return ctx.store;
		},
		...(channel && deps.conversations ? { conversation: { channel, conversations: deps.conversations } } : {}),
		caller: { userId: incoming.userId, permissions },
	};
}

async function answer(command: Command, options: RawOptions, deps: RouterDeps, incoming: Incoming): Promise<Answer | string> {
	const result = await runCommand(command, options, contextFor(incoming, deps));
	return result.ok ? result.answer : result.message;
}

/** Autocomplete choices that Discord accepts: at most 25, names and values of 1 to 100 characters. */
export function clampChoices(choices: readonly Choice[]): Choice[] {
	return choices
		.filter((c) => c.value.length >= 1 && c.value.length <= LIMITS.choiceValue && c.name.trim() !== '')
		.slice(0, LIMITS.autocompleteChoices)
		.map((c) => ({ name: cutAtWord(c.name, LIMITS.choiceName), value: c.value }));
}

/** The friendly refusal for a user over their rate, or null when they may go on. */
function overLimit(incoming: Incoming, deps: RouterDeps): Routed | null {
	const limiter = incoming.kind === 'autocomplete' ? deps.limits?.autocomplete : deps.limits?.commands;
	const decision = limiter?.(incoming.userId) ?? { ok: true };
	if (decision.ok) return null;
	const command = incoming.kind === 'button' ? 'button' : incoming.command;
	if (incoming.kind === 'autocomplete') return { command, outcome: 'rate-limited', outgoing: { type: 'choices', choices: [] } };
	const text = `You are asking faster than Factdesk answers; try again in ${decision.retryAfterSeconds} s.`;
	return { command, outcome: 'rate-limited', outgoing: { type: 'reply', payload: renderNotice(text, 'info') } };
}

async function route(incoming: Incoming, deps: RouterDeps): Promise<Routed> {
	const limited = overLimit(incoming, deps);
	if (limited) return limited;
	if (incoming.kind === 'button') {
		const state = decodePagingId(incoming.customId);
		const command = state && deps.commands.get(state.command);
		if (!state || !command)
			return {
				command: state?.command ?? '?',
				outcome: 'stale',
				outgoing: { type: 'reply', payload: renderNotice('This button no longer works. Run the command again.') },
			};
		const name = command.definition.name;
		if (state.userId !== incoming.userId) {
			const text = `Only the person who ran /${name} can turn these pages. Run /${name} yourself to browse the answer.`;
			return { command: name, outcome: 'refused', outgoing: { type: 'reply', payload: renderNotice(text, 'info') } };
		}
		const options: Record<string, string> = {};
		flatOptionNames(command.definition).forEach((optionName, i) => {
			if (state.values[i]) options[optionName] = state.values[i];
		});
		const result = await answer(command, options, deps, incoming);
		if (typeof result === 'string') return { command: name, outcome: 'bad-options', outgoing: { type: 'reply', payload: renderNotice(result) } };
		const ids = (page: number) => encodePagingId({ ...state, page });
		return { command: name, outcome: 'ok', outgoing: { type: 'update', payload: renderEmbedPage(result, state.page, ids) } };
	}

	const command = deps.commands.get(incoming.command);
	if (!command) {
		if (incoming.kind === 'autocomplete') return { command: incoming.command, outcome: 'unknown-command', outgoing: { type: 'choices', choices: [] } };
		const text = `There is no /${incoming.command} command here any more. Type / to see the commands.`;
		return { command: incoming.command, outcome: 'unknown-command', outgoing: { type: 'reply', payload: renderNotice(text) } };
	}
	const name = command.definition.name;
	if (incoming.kind === 'autocomplete') {
		const choices = (await command.autocomplete?.(incoming.focused.name, incoming.focused.value, deps.ctx)) ?? [];
		return { command: name, outcome: 'ok', outgoing: { type: 'choices', choices: clampChoices(choices) } };
	}
	const result = await answer(command, incoming.options, deps, incoming);
	if (typeof result === 'string') return { command: name, outcome: 'bad-options', outgoing: { type: 'reply', payload: renderNotice(result) } };
	const values = optionValues(command, result.replay ?? incoming.options);
	const ids = (page: number) => encodePagingId({ command: name, page, userId: incoming.userId, values });
	return { command: name, outcome: result.notFound === null ? 'ok' : 'not-found', outgoing: { type: 'reply', payload: renderEmbedPage(result, 0, ids) } };
}

/** Whether an interaction should be acknowledged before any work: commands that say so. */
export const defersFirst = (commands: ReadonlyMap<string, Command>) => (incoming: Incoming): boolean =>
	incoming.kind === 'command' && commands.get(incoming.command)?.deferFirst === true;

export function createRouter(deps: RouterDeps): Router {
	return async (incoming) => {
		try {
			return await route(incoming, deps);
		} catch (error) {
			// The one place unexpected errors are caught: logged in full, answered without details.
			const command = incoming.kind === 'button' ? (decodePagingId(incoming.customId)?.command ?? '?') : incoming.command;
			deps.log.error('interaction failed', { interactionId: incoming.id, kind: incoming.kind, command, error });
			const outgoing: Outgoing =
				incoming.kind === 'autocomplete' ? { type: 'choices', choices: [] } : { type: 'reply', payload: renderNotice(GENERIC_ERROR) };
			return { command, outcome: 'error', outgoing };
		}
	};
}

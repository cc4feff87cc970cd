import type { ReplyPayload } from '../answer/embed.js';
import { EPHEMERAL } from '../answer/limits.js';
import type { Logger } from '../log.js';
import type { Incoming, Routed } from './router.js';
import type { Turns } from './turns.js';

// The one place replies are sent. Every message goes out with allowed_mentions parsing nothing, errors are
// ephemeral (the renderer sets the flag), and work that outlives the 3-second window is deferred first.

/** What sending needs from an interaction; the gateway adapts discord.js interactions to it. */
export interface ReplyTarget {
	reply(payload: ReplyPayload): Promise<void>;
	update(payload: ReplyPayload): Promise<void>;
	choices(choices: { name: string; value: string }[]): Promise<void>;
	/** Acknowledges now and answers later: a loading reply for commands, a silent ack for buttons. */
	defer(kind: 'reply' | 'update', ephemeral: boolean): Promise<void>;
	editOriginal(payload: ReplyPayload): Promise<void>;
	deleteOriginal(): Promise<void>;
	followUp(payload: ReplyPayload): Promise<void>;
}

/** Discord drops an interaction not acknowledged within 3 s; defer well before that. */
export const DEFER_AFTER_MS = 2000;

/** What one answer may cost the bot; more is logged as a warning, since every query is meant to be bounded. */
export const WORK_BUDGET_MS = 250;

const isEphemeral = (payload: ReplyPayload) => ((payload.flags ?? 0) & EPHEMERAL) !== 0;

/** Forces the mention policy on whatever the renderer produced: nobody is ever pinged. */
export function safePayload(payload: ReplyPayload): ReplyPayload {
	return { ...payload, allowed_mentions: { parse: [] } };
}

async function sendLate(target: ReplyTarget, routed: Routed, kind: 'reply' | 'update'): Promise<void> {
	const { outgoing } = routed;
	if (outgoing.type === 'choices') return;
	const payload = safePayload(outgoing.payload);
	if (kind === 'update' && outgoing.type === 'update') return target.editOriginal(payload);
	if (kind === 'reply' && !isEphemeral(payload)) return target.editOriginal(payload);
	// The deferred reply is public but this answer is private (an error or "nothing found"): swap it.
	if (kind === 'reply') await target.deleteOriginal();
	return target.followUp({ ...payload, flags: (payload.flags ?? 0) | EPHEMERAL });
}

async function sendNow(target: ReplyTarget, routed: Routed): Promise<void> {
	const { outgoing } = routed;
	if (outgoing.type === 'choices') return target.choices(outgoing.choices);
	if (outgoing.type === 'update') return target.update(safePayload(outgoing.payload));
	return target.reply(safePayload(outgoing.payload));
}

export interface RespondOptions {
	log: Logger;
	deferAfterMs?: number;
	now?: () => number;
	/** Acknowledge before doing any work: for answers that may take a moment even when all is well. */
	deferFirst?: boolean;
	/** When the interaction reached the bot (before reading and checking it), if earlier than this call. */
	receivedAt?: number;
	/** Commands and buttons wait for their turn here (autocomplete, cheap and never deferrable, does not). */
	turns?: Turns;
}

/** Runs the router for one interaction, sends its answer, and logs command, latency and outcome. */
export async function respond(target: ReplyTarget, incoming: Incoming, run: () => Promise<Routed>, options: RespondOptions): Promise<void> {
	const now = options.now ?? Date.now;
	const started = options.receivedAt ?? now();
	let deferred: 'reply' | 'update' | null = null;
	let routed: Routed | undefined;
	let outcome = 'error';
	let workMs: number | undefined;
	// Until Discord heard something (the answer or the deferral): what decides the 3-second window.
	let ackMs: number | undefined;
	// From arrival until the work began: reading, checking, and the turns of the answers before it.
	let waitMs: number | undefined;
	const defer = async () => {
		deferred = incoming.kind === 'button' ? 'update' : 'reply';
		await target.defer(deferred, false);
		ackMs = now() - started;
	};
	try {
		let workStarted = now();
		// A command that may take a moment is acknowledged when its turn comes, right before its work: acknowledged at
		// arrival, it would let a flood of them queue work without end while each sender was already told "thinking".
		const start = async () => {
			waitMs = now() - started;
			if (options.deferFirst && incoming.kind !== 'autocomplete' && !deferred) await defer();
			workStarted = now();
			return run();
		};
		const queued = options.turns && incoming.kind !== 'autocomplete' ? options.turns.run(start) : start();
		const work = queued.finally(() => (workMs = now() - workStarted));
		if (incoming.kind === 'autocomplete') routed = await work;
		else {
			// Whatever keeps the answer (its turn or its work), Discord hears a deferral before its window closes.
			let timer: NodeJS.Timeout | undefined;
			// Counted from the interaction's arrival: reading and checking it took part of Discord's window already.
			const deferIn = Math.max(0, (options.deferAfterMs ?? DEFER_AFTER_MS) - (now() - started));
			const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deferIn)));
			const first = await Promise.race([work, late]);
			clearTimeout(timer);
			if (first === 'late') {
				if (!deferred) await defer();
				routed = await work;
			} else routed = first;
		}
		if (deferred) await sendLate(target, routed, deferred);
		else {
			await sendNow(target, routed);
			ackMs = now() - started;
		}
		outcome = routed.outcome;
	} catch (error) {
		options.log.error('reply failed', { interactionId: incoming.id, error });
	} finally {
		const command = routed?.command ?? (incoming.kind === 'button' ? 'button' : incoming.command);
		const entry = {
			interactionId: incoming.id,
			kind: incoming.kind,
			command,
			outcome,
			deferred: deferred !== null,
			ms: now() - started,
			ackMs,
			waitMs,
			workMs,
		};
		options.log.info('interaction', entry);
		if (workMs !== undefined && workMs > WORK_BUDGET_MS) options.log.warn('answer over its time budget', { ...entry, budgetMs: WORK_BUDGET_MS });
	}
}

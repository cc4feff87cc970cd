import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { ReplyPayload } from '../answer/embed.js';
import type { Logger } from '../log.js';
import type { InFlight } from './in-flight.js';
import { respond, type ReplyTarget } from './reply.js';
import { flattenOptions, focusedOption } from './options.js';
import type { Incoming, Router } from './router.js';
import type { Turns } from './turns.js';

// The HTTP interactions endpoint: Discord POSTs each interaction, signed with Ed25519; the answer is the response
// body, or a deferral followed by an edit through the webhook REST routes. Stateless, so any number of instances can
// stand behind a load balancer. The same router and reply helper as the gateway.

/** A request body larger than this is refused (413): real interactions are a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Discord's interaction and callback type numbers (API v10). */
const InteractionType = { Ping: 1, Command: 2, Component: 3, Autocomplete: 4 } as const;
const Callback = { Pong: 1, Message: 4, DeferredMessage: 5, DeferredUpdate: 6, Update: 7, Choices: 8 } as const;

const optionSchema = z.object({
	name: z.string(),
	type: z.number(),
	value: z.union([z.string(), z.number(), z.boolean()]).optional(),
	focused: z.boolean().optional(),
	get options() {
		return z.array(optionSchema).optional();
	},
});
type RawOption = z.infer<typeof optionSchema>;
const interactionSchema = z.object({
	id: z.string(),
	application_id: z.string(),
	type: z.number(),
	token: z.string(),
	data: z
		.object({
			name: z.string().optional(),
			options: z.array(optionSchema).optional(),
			custom_id: z.string().optional(),
			resolved: z.object({ attachments: z.record(z.string(), z.object({ url: z.string() })).optional() }).optional(),
		})
		.optional(),
	member: z.object({ user: z.object({ id: z.string() }), permissions: z.string().optional() }).optional(),
	user: z.object({ id: z.string() }).optional(),
	channel_id: z.string().optional(),
});
type RawInteraction = z.infer<typeof interactionSchema>;

/** The DER header of an Ed25519 public key, before the 32 raw bytes Discord shows as hex. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function publicKeyFromHex(hex: string): KeyObject {
	return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** A signed request older or newer than this is refused, so a captured interaction cannot be replayed later. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

/** True when `signature` (hex) signs timestamp + body with the application's key, and the timestamp is recent. */
export function isSigned(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer, nowMs = Date.now()): boolean {
	if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return false;
	if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return false;
	return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
}

/** The interaction as plain router input, or null for a type the bot does not handle. */
export function toIncoming(raw: RawInteraction): Incoming | null {
	const userId = raw.member?.user.id ?? raw.user?.id ?? '0';
	const base = { id: raw.id, userId };
	const permissions = raw.member?.permissions !== undefined ? { permissions: raw.member.permissions } : {};
	const options = flattenOptions(raw.data?.options, raw.data?.resolved?.attachments);
	const command = raw.data?.name ?? '';
	const channel = raw.channel_id ? { channelId: raw.channel_id } : {};
	if (raw.type === InteractionType.Command) return { ...base, ...permissions, ...channel, kind: 'command', command, options };
	if (raw.type === InteractionType.Autocomplete) {
		const focused = focusedOption<RawOption>(raw.data?.options);
		return { ...base, kind: 'autocomplete', command, options, focused: { name: focused?.name ?? '', value: String(focused?.value ?? '') } };
	}
	if (raw.type === InteractionType.Component && raw.data?.custom_id) return { ...base, ...permissions, kind: 'button', customId: raw.data.custom_id };
	return null;
}

/** How often a webhook call is made when it fails for a reason that may pass: a 429, a 5xx, or the network. */
const WEBHOOK_TRIES = 4;
/** The longest wait honoured before a retry; an interaction's token lasts 15 minutes. */
const MAX_RETRY_WAIT_MS = 60_000;
/** One webhook call that has not been answered by then is abandoned and tried again. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** The pause after the first failure that gives no wait of its own (a 5xx, a reset connection, a timeout); it doubles. */
export const RETRY_PAUSE_MS = 500;

/** How long to wait before trying again: the wait a 429 asks for, a growing pause after a 5xx; null for no retry. */
function retryWait(res: Response, attempt: number, pauseMs: number): number | null {
	if (res.status === 429) {
		const seconds = Number(res.headers.get('retry-after'));
		return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_RETRY_WAIT_MS) : 1000;
	}
	return res.status >= 500 ? pauseMs * 2 ** (attempt - 1) : null;
}

/** What went wrong on the wire, in a word: ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET, timeout, … */
function networkFailure(error: unknown): string {
	const e = error as { name?: string; code?: string; cause?: { code?: string; name?: string; message?: string } };
	if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError') return 'timeout';
	return e.cause?.code ?? e.code ?? e.cause?.message ?? String((error as Error).message ?? error);
}

const message = (p: ReplyPayload) => ({ embeds: p.embeds, components: p.components, allowed_mentions: { parse: [] }, ...(p.flags ? { flags: p.flags } : {}) });

export interface WebhookOptions {
	/** REST base, e.g. https://discord.com/api/v10. */
	apiUrl: string;
	log: Logger;
	/** A webhook call unanswered after this long is tried again (WEBHOOK_TIMEOUT_MS). */
	webhookTimeoutMs?: number;
	/** The first pause before a retry that Discord gives no wait for (RETRY_PAUSE_MS). */
	retryPauseMs?: number;
}

/**
 * What is said after a deferral, through the interaction's webhook (no bot token needed, the interaction token
 * authorises it). Discord does not count these calls against the bot's global limit of 50 requests a second, so
 * they are not queued behind it: under load the gateway client's own queue held deferred answers for 15-40 s.
 */
export function interactionWebhook(
	applicationId: string,
	token: string,
	opts: WebhookOptions,
): Pick<ReplyTarget, 'editOriginal' | 'deleteOriginal' | 'followUp'> {
	const { log } = opts;
	const webhook = `${opts.apiUrl}/webhooks/${applicationId}/${token}`;
	const timeoutMs = opts.webhookTimeoutMs ?? WEBHOOK_TIMEOUT_MS;
	const pauseMs = opts.retryPauseMs ?? RETRY_PAUSE_MS;
	// The route as logged: the interaction token is a secret for 15 minutes.
	const routeOf = (path: string) => `/webhooks/${applicationId}/:token${path}`;
	// A call whose connection broke may have reached Discord: a retried follow-up can then show twice, which beats
	// an answer that never comes; edits and deletions are the same however often they are made.
	const rest = async (method: string, path: string, body?: unknown) => {
		for (let attempt = 1; ; attempt++) {
			let res: Response;
			try {
				res = await fetch(`${webhook}${path}`, {
					method,
					headers: { 'content-type': 'application/json' },
					signal: AbortSignal.timeout(timeoutMs),
					...(body ? { body: JSON.stringify(body) } : {}),
				});
				await res.arrayBuffer();
			} catch (error) {
				const failure = networkFailure(error);
				const waitMs = pauseMs * 2 ** (attempt - 1);
				const last = attempt >= WEBHOOK_TRIES;
				log.warn('discord api unreachable', { route: routeOf(path), method, error: failure, attempt, retryAfter: last ? null : waitMs / 1000 });
				if (last) throw new Error(`${method} ${routeOf(path)} failed ${WEBHOOK_TRIES} times (${failure})`);
				await new Promise((resolve) => setTimeout(resolve, waitMs));
				continue;
			}
			if (res.ok) return;
			const waitMs = retryWait(res, attempt, pauseMs);
			log.warn('discord api error', { route: routeOf(path), method, status: res.status, retryAfter: waitMs === null ? null : waitMs / 1000 });
			if (waitMs === null || attempt >= WEBHOOK_TRIES) throw new Error(`${method} ${routeOf(path)} answered ${res.status}`);
			await new Promise((resolve) => setTimeout(resolve, waitMs));
		}
	};
	return {
		editOriginal: (p) => rest('PATCH', '/messages/@original', message(p)),
		deleteOriginal: () => rest('DELETE', '/messages/@original'),
		followUp: (p) => rest('POST', '', message(p)),
	};
}

/** Answers one interaction: the first thing said goes back as the HTTP response; anything after a deferral goes through its webhook. */
function httpTarget(raw: RawInteraction, send: (status: number, body: unknown) => void, opts: InteractionsEndpointOptions): ReplyTarget {
	return {
		reply: async (p) => send(200, { type: Callback.Message, data: message(p) }),
		update: async (p) => send(200, { type: Callback.Update, data: message(p) }),
		choices: async (choices) => send(200, { type: Callback.Choices, data: { choices } }),
		defer: async (kind, ephemeral) =>
			send(
				200,
				kind === 'update' ? { type: Callback.DeferredUpdate } : { type: Callback.DeferredMessage, ...(ephemeral ? { data: { flags: 64 } } : {}) },
			),
		...interactionWebhook(raw.application_id, raw.token, opts),
	};
}

export interface InteractionsEndpointOptions extends WebhookOptions {
	publicKey: KeyObject;
	router: Router;
	inFlight?: InFlight;
	deferAfterMs?: number;
	/** Where answers wait for their turn (see turns.ts); without it each is worked on as it arrives. */
	turns?: Turns;
	/** Interactions to acknowledge before any work (see Command.deferFirst). */
	deferFirst?: (incoming: Incoming) => boolean;
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too large'> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_BODY_BYTES) return 'too large';
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

/** The request listener for `POST /interactions`. */
export function interactionsEndpoint(opts: InteractionsEndpointOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
	const { log } = opts;
	return async (req, res) => {
		const receivedAt = Date.now();
		let answered = false;
		const send = (status: number, body: unknown) => {
			if (answered) return;
			answered = true;
			const text = body === undefined ? '' : JSON.stringify(body);
			res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
		};
		const fail = (status: number, error: string) => send(status, { error });
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		if (path !== '/interactions') return fail(404, 'not found: Discord posts to /interactions');
		if (req.method !== 'POST') return (res.setHeader('allow', 'POST'), fail(405, 'method not allowed: use POST'));
		if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return (req.resume(), fail(413, 'body too large'));
		const body = await readBody(req);
		if (body === 'too large') return fail(413, 'body too large');
		const signature = req.headers['x-signature-ed25519'];
		const timestamp = req.headers['x-signature-timestamp'];
		if (!isSigned(opts.publicKey, String(signature ?? ''), timestamp === undefined ? undefined : String(timestamp), body)) {
			log.warn('interaction refused: bad signature', { hasSignature: signature !== undefined });
			return fail(401, 'invalid request signature');
		}
		let raw: RawInteraction;
		try {
			raw = interactionSchema.parse(JSON.parse(body.toString('utf8')));
		} catch {
			return fail(400, 'malformed interaction');
		}
		if (raw.type === InteractionType.Ping) return send(200, { type: Callback.Pong });
		const incoming = toIncoming(raw);
		if (!incoming) return fail(400, `interaction type ${raw.type} is not handled`);
		if (opts.inFlight && !opts.inFlight.accepting) return fail(503, 'shutting down');
		const work = respond(httpTarget(raw, send, opts), incoming, () => opts.router(incoming), {
			log,
			receivedAt,
			...(opts.turns ? { turns: opts.turns } : {}),
			deferFirst: opts.deferFirst?.(incoming) ?? false,
			...(opts.deferAfterMs ? { deferAfterMs: opts.deferAfterMs } : {}),
		});
		opts.inFlight?.track(work);
		await work;
		// respond() logs its own failures; Discord must still hear something.
		if (!answered) fail(500, 'no answer');
	};
}

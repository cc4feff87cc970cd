import { once } from 'node:events';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimGateway } from './sim-gateway.js';
import type { SimUser } from './sim-payloads.js';
import { apiGuild, apiInteraction, apiMessage, apiUser, snowflake } from './sim-payloads.js';

// A local stand-in for Discord on 127.0.0.1: enough REST and gateway v10 for the unmodified discord.js Client.
// Every request the bot makes is recorded, so tests assert on exactly what would have reached Discord.

export interface Captured {
	method: string;
	path: string;
	query: URLSearchParams;
	body: any;
	status: number;
	at: number;
}

interface RateLimitRule {
	match: RegExp;
	times: number;
	retryAfter: number;
}

export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.simulated.token-for-tests-only';

export class DiscordSimulator {
	readonly requests: Captured[] = [];
	readonly applicationId = snowflake();
	readonly guildId = snowflake();
	readonly channelId = snowflake();
	readonly bot: SimUser = { id: this.applicationId, username: 'Factdesk' };
	readonly alice: SimUser = { id: snowflake(), username: 'alice' };
	readonly bob: SimUser = { id: snowflake(), username: 'bob' };
	readonly gateway: SimGateway;
	private readonly rateLimits: RateLimitRule[] = [];
	private readonly waiters: { test: (c: Captured) => boolean; resolve: (c: Captured) => void }[] = [];
	// Each interaction's first accepted callback, and who waits for one, by interaction id. Looking callbacks up in the
	// list of every request made each new interaction cost a scan of all before it: at 10,000 interactions the load
	// script spent half its time there, in event-loop turns of up to 0.6 s, and Node accepts one new connection per
	// turn, so a bot opening connections waited seconds for its callbacks to be taken.
	private readonly callbacks = new Map<string, Captured>();
	private readonly callbackWaiters = new Map<string, ((c: Captured) => void)[]>();

	private constructor(private readonly server: Server, heartbeatMs: number) {
		this.gateway = new SimGateway(server, {
			token: TOKEN,
			heartbeatMs,
			resumeUrl: () => this.wsUrl,
			ready: (sessionId) => ({
				v: 10,
				user: { ...apiUser(this.bot, true), verified: true, mfa_enabled: false, flags: 0 },
				guilds: [{ id: this.guildId, unavailable: true }],
				session_id: sessionId,
				resume_gateway_url: this.wsUrl,
				shard: [0, 1],
				application: { id: this.applicationId, flags: 0 },
			}),
			// The text channel the tests talk in, as Discord lists a guild's channels on GUILD_CREATE.
			guildCreate: () => ({
				...apiGuild(this.guildId, this.alice.id),
				channels: [
					{ id: this.channelId, type: 0, guild_id: this.guildId, name: 'news', position: 0, permission_overwrites: [], nsfw: false, parent_id: null },
				],
			}),
		});
		server.on('request', (req, res) => void this.onRequest(req, res));
	}

	static async start(options: { heartbeatMs?: number } = {}): Promise<DiscordSimulator> {
		const server = createServer();
		const sim = new DiscordSimulator(server, options.heartbeatMs ?? 1000);
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		return sim;
	}

	private get origin(): string {
		return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}
	/** What DISCORD_API_URL points at; discord.js appends /v10. */
	get apiUrl(): string {
		return `http://${this.origin}/api`;
	}
	get wsUrl(): string {
		return `ws://${this.origin}/gateway`;
	}

	/** The next `times` requests whose "METHOD /path" matches get a 429 asking to retry after `retryAfter` seconds. */
	rateLimit(match: RegExp, times = 1, retryAfter = 0.05): void {
		this.rateLimits.push({ match, times, retryAfter });
	}

	/** Resolves with the first recorded request (past or future) that passes the test. */
	waitForRequest(test: (c: Captured) => boolean, timeoutMs = 30_000): Promise<Captured> {
		const done = this.requests.find((c) => c.status < 400 && test(c));
		if (done) return Promise.resolve(done);
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('timed out waiting for the bot to call the simulator')), timeoutMs);
			this.waiters.push({ test, resolve: (c) => (clearTimeout(timer), resolve(c)) });
		});
	}

	private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', `http://${this.origin}`);
		const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
		let text = '';
		for await (const chunk of req) text += String(chunk);
		const captured: Captured = {
			method: req.method ?? 'GET',
			path,
			query: url.searchParams,
			body: text ? JSON.parse(text) : null,
			status: 200,
			at: Date.now(),
		};
		this.requests.push(captured);
		const interactionId = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path)?.[1];
		const interactionRoute = interactionId !== undefined;
		const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
			captured.status = status;
			res.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers });
			res.end(body === undefined ? undefined : JSON.stringify(body));
			if (status >= 400) return;
			if (interactionId !== undefined && captured.method === 'POST' && !this.callbacks.has(interactionId)) this.callbackAccepted(interactionId, captured);
			for (const w of this.waiters.filter((w) => w.test(captured))) (this.waiters.splice(this.waiters.indexOf(w), 1), w.resolve(captured));
		};

		const rule = this.rateLimits.find((r) => r.times > 0 && r.match.test(`${captured.method} ${path}`));
		if (rule) {
			rule.times--;
			const seconds = String(rule.retryAfter);
			return send(
				429,
				{ message: 'You are being rate limited.', retry_after: rule.retryAfter, global: false },
				{
					'retry-after': seconds,
					'x-ratelimit-scope': 'user',
					'x-ratelimit-limit': '1',
					'x-ratelimit-remaining': '0',
					'x-ratelimit-reset-after': seconds,
					'x-ratelimit-bucket': 'sim',
				},
			);
		}
		if (!interactionRoute && req.headers.authorization !== `Bot ${TOKEN}` && !path.startsWith('/webhooks/'))
			return send(401, { message: '401: Unauthorized', code: 0 });

		const route = `${captured.method} ${path}`;
		if (route === 'GET /gateway/bot')
			return send(200, { url: this.wsUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
		if (route === 'GET /users/@me') return send(200, apiUser(this.bot, true));
		if (/^PUT \/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(route)) {
			return send(200, (captured.body as object[]).map((c) => ({ id: snowflake(), application_id: this.applicationId, version: snowflake(), ...c })));
		}
		if (interactionRoute)
			return captured.query.get('with_response') === 'true' ? send(200, { interaction: { id: path.split('/')[2], type: 2 } }) : send(204);
		if (/^(PATCH|GET) \/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(route) || /^POST \/webhooks\/\d+\/[^/]+$/.test(route)) {
			return send(200, apiMessage(this.channelId, this.bot, captured.body ?? {}, 'x'));
		}
		if (/^DELETE \/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(route)) return send(204);
		if (/^POST \/channels\/\d+\/messages$/.test(route)) return send(200, apiMessage(path.split('/')[2]!, this.bot, captured.body ?? {}));
		return send(404, { message: `Unknown route ${route}`, code: 0 });
	}

	private interaction(user: SimUser, type: number, data: unknown, extra?: Record<string, unknown>) {
		const payload = apiInteraction({ applicationId: this.applicationId, guildId: this.guildId, channelId: this.channelId, user }, type, data, extra);
		this.gateway.dispatch('INTERACTION_CREATE', payload);
		return payload;
	}

	private static options(options: Record<string, string>, focused?: string) {
		return Object.entries(options).map(([name, value]) => ({ name, type: 3, value, ...(name === focused ? { focused: true } : {}) }));
	}

	/** Dispatches a slash command and resolves with the bot's interaction callback. */
	command(name: string, options: Record<string, string> = {}, user = this.alice) {
		const { id } = this.interaction(user, 2, { id: snowflake(), name, type: 1, options: DiscordSimulator.options(options), guild_id: this.guildId });
		return this.callback(id);
	}

	/** Dispatches a slash command with options exactly as Discord nests them (subcommands, attachments) and their resolved data. */
	commandWith(name: string, options: unknown[], resolved?: Record<string, unknown>, user = this.alice, member?: Record<string, unknown>) {
		const data = { id: snowflake(), name, type: 1, options, guild_id: this.guildId, ...(resolved ? { resolved } : {}) };
		const { id } = this.interaction(user, 2, data, member ? { member } : undefined);
		return this.callback(id);
	}

	/** The answer a command finally got: the callback itself, or the edit of a deferred reply, or its ephemeral follow-up. */
	async finalAnswer(callback: Captured): Promise<any> {
		if (callback.body.type !== 5) return callback.body.data;
		const token = callback.path.split('/')[3];
		const done = await this.waitForRequest(
			(c) => c.path.startsWith(`/webhooks/${this.applicationId}/${token}`) && (c.method === 'PATCH' || c.method === 'POST'),
		);
		return done.body;
	}

	autocomplete(name: string, options: Record<string, string>, focused: string, user = this.alice) {
		const { id } = this.interaction(user, 4, {
			id: snowflake(),
			name,
			type: 1,
			options: DiscordSimulator.options(options, focused),
			guild_id: this.guildId,
		});
		return this.callback(id);
	}

	/** Presses a button on a message the bot sent earlier (its callback body). */
	button(customId: string, message: { embeds?: unknown[]; components?: unknown[] }, user = this.alice) {
		const apiMsg = apiMessage(this.channelId, this.bot, { embeds: message.embeds ?? [], components: message.components ?? [] }, 'x');
		const { id } = this.interaction(user, 3, { custom_id: customId, component_type: 2 }, { message: apiMsg });
		return this.callback(id);
	}

	/** Posts a message in the channel as `user`, mentioning the bot unless told not to; resolves with the bot's reply. */
	message(content: string, options: { user?: SimUser; mentionBot?: boolean } = {}): { id: string; reply: Promise<Captured> } {
		const user = options.user ?? this.alice;
		const mentions = options.mentionBot === false ? [] : [apiUser(this.bot, true)];
		const payload = { ...apiMessage(this.channelId, user, { content, mentions }), author: apiUser(user, false), guild_id: this.guildId };
		this.gateway.dispatch('MESSAGE_CREATE', payload);
		const reply = this.waitForRequest(
			(c) => c.method === 'POST' && c.path === `/channels/${this.channelId}/messages` && c.body?.message_reference?.message_id === payload.id,
		);
		return { id: payload.id, reply };
	}

	/** Resolves with the bot's first accepted callback to this interaction (past or future). */
	callback(interactionId: string, timeoutMs = 30_000): Promise<Captured> {
		const done = this.callbacks.get(interactionId);
		if (done) return Promise.resolve(done);
		return new Promise((resolve, reject) => {
			const waiting = this.callbackWaiters.get(interactionId) ?? [];
			const waiter = (c: Captured) => (clearTimeout(timer), resolve(c));
			const timer = setTimeout(() => {
				waiting.splice(waiting.indexOf(waiter), 1);
				if (waiting.length === 0) this.callbackWaiters.delete(interactionId);
				reject(new Error(`timed out waiting for the bot's callback to interaction ${interactionId}`));
			}, timeoutMs);
			waiting.push(waiter);
			this.callbackWaiters.set(interactionId, waiting);
		});
	}

	private callbackAccepted(interactionId: string, captured: Captured): void {
		this.callbacks.set(interactionId, captured);
		for (const resolve of this.callbackWaiters.get(interactionId) ?? []) resolve(captured);
		this.callbackWaiters.delete(interactionId);
	}

	async close(): Promise<void> {
		this.gateway.close();
		this.server.closeAllConnections();
		this.server.close();
		await once(this.server, 'close').catch(() => {});
	}
}

import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction, InteractionReplyOptions } from 'discord.js';
import type { ReplyPayload } from '../answer/embed.js';
import { renderNotice } from '../answer/embed.js';
import type { Logger } from '../log.js';
import type { ReplyTarget } from './reply.js';
import { interactionWebhook, type WebhookOptions } from './http.js';
import { respond, safePayload } from './reply.js';
import type { InFlight } from './in-flight.js';
import { listenForMentions, type MentionDeps } from './mentions.js';
import { flattenOptions } from './options.js';
import type { Incoming, RawOptions, Router } from './router.js';
import type { Turns } from './turns.js';

// The gateway transport: a discord.js Client with the Guilds intent (slash commands) and GuildMessages (messages that
// mention the bot, see mentions.ts; no privileged intent), turning each interaction into plain data for the router and
// sending its answer back through the reply helper.

type Handled = ChatInputCommandInteraction | AutocompleteInteraction | ButtonInteraction;

export interface GatewayOptions {
	token: string;
	/** REST base URL; the gateway URL then comes from GET /gateway/bot on that server. */
	apiUrl?: string;
	router: Router;
	log: Logger;
	/** REST request timeout; tests shorten it. */
	restTimeoutMs?: number;
	/** When to defer instead of answering directly; tests shorten it. */
	deferAfterMs?: number;
	/** Interactions to acknowledge before any work (see Command.deferFirst). */
	deferFirst?: (incoming: Incoming) => boolean;
	/** Where answers wait for their turn (see turns.ts); without it each is worked on as it arrives. */
	turns?: Turns;
	/** Interactions being answered; while it drains for a shutdown, new ones get a "restarting" notice. */
	inFlight?: InFlight;
	/** Answers messages that mention the bot with a question. */
	mentions?: MentionDeps;
	/** Called when Discord closes the connection for good (bad token, disallowed intents…), with a plain reason. */
	onFatal?: (code: number, reason: string) => void;
}

/** Gateway close codes after which Discord will not take the bot back, each with what the operator should do. */
const FATAL_CLOSES: Record<number, string> = {
	4004: 'authentication failed: the token is wrong or was reset; copy a new one from the developer portal into DISCORD_TOKEN',
	4010: 'invalid shard sent on identify',
	4011: 'sharding required: the bot is in too many servers for one connection',
	4012: 'invalid gateway API version',
	4013: 'invalid intents sent on identify',
	4014: 'disallowed intents: an intent the bot asks for is not enabled for it in the developer portal',
};

/** Why the gateway closed for good, in plain English. */
export function fatalCloseReason(code: number): string {
	return FATAL_CLOSES[code] ?? `Discord closed the gateway connection (code ${code}) and it will not reconnect`;
}

const RESTARTING = 'Factdesk is restarting; ask again in a moment.';

const options = (interaction: ChatInputCommandInteraction | AutocompleteInteraction): RawOptions => flattenOptions(interaction.options.data);

export function toIncoming(interaction: Interaction): Incoming | null {
	const base = { id: interaction.id, userId: interaction.user.id };
	const permissions = interaction.memberPermissions ? { permissions: interaction.memberPermissions.bitfield.toString() } : {};
	if (interaction.isChatInputCommand()) {
		return { ...base, ...permissions, kind: 'command', command: interaction.commandName, options: options(interaction), channelId: interaction.channelId };
	}
	if (interaction.isAutocomplete()) {
		const focused = interaction.options.getFocused(true);
		return {
			...base,
			kind: 'autocomplete',
			command: interaction.commandName,
			options: options(interaction),
			focused: { name: focused.name, value: String(focused.value) },
		};
	}
	if (interaction.isButton()) return { ...base, ...permissions, kind: 'button', customId: interaction.customId };
	return null;
}

const message = (payload: ReplyPayload) => ({ embeds: payload.embeds, components: payload.components, allowedMentions: { parse: [] } });
const withFlags = (payload: ReplyPayload): InteractionReplyOptions => ({ ...message(payload), ...(payload.flags ? { flags: payload.flags as 64 } : {}) });

/** The REST base discord.js uses, where a deferred answer's webhook calls go too. */
const DISCORD_API = 'https://discord.com/api';

export function replyTarget(interaction: Handled, webhook?: WebhookOptions): ReplyTarget {
	// After a deferral the answer goes through the interaction's webhook, outside discord.js's queue for the global limit.
	const later = webhook && !interaction.isAutocomplete() ? interactionWebhook(interaction.applicationId, interaction.token, webhook) : undefined;
	return {
		reply: async (p) => void (interaction.isAutocomplete() ? undefined : await interaction.reply(withFlags(p))),
		update: async (p) => void (interaction.isButton() ? await interaction.update(message(p)) : undefined),
		choices: async (c) => void (interaction.isAutocomplete() ? await interaction.respond(c) : undefined),
		defer: async (kind, ephemeral) => {
			if (interaction.isAutocomplete()) return;
			if (kind === 'update' && interaction.isButton()) await interaction.deferUpdate();
			else await interaction.deferReply(ephemeral ? { flags: 64 } : {});
		},
		editOriginal: async (p) => void (interaction.isAutocomplete() ? undefined : await interaction.editReply(message(p))),
		deleteOriginal: async () => void (interaction.isAutocomplete() ? undefined : await interaction.deleteReply()),
		followUp: async (p) => void (interaction.isAutocomplete() ? undefined : await interaction.followUp(withFlags(p))),
		...later,
	};
}

export async function startGateway(opts: GatewayOptions): Promise<Client> {
	const { log } = opts;
	const client = new Client({
		// GuildMessages brings the messages that mention the bot, with their text; no privileged intent is needed.
		intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
		allowedMentions: { parse: [] },
		rest: { ...(opts.apiUrl ? { api: opts.apiUrl } : {}), ...(opts.restTimeoutMs ? { timeout: opts.restTimeoutMs } : {}) },
	});
	client.on(Events.InteractionCreate, (interaction) => {
		const incoming = toIncoming(interaction);
		if (!incoming) return log.debug('interaction ignored', { interactionId: interaction.id, type: interaction.type });
		const target = replyTarget(interaction as Handled, { apiUrl: `${opts.apiUrl ?? DISCORD_API}/v10`, log });
		if (opts.inFlight && !opts.inFlight.accepting) {
			log.info('interaction turned away: shutting down', { interactionId: incoming.id });
			if (incoming.kind !== 'autocomplete') void target.reply(safePayload(renderNotice(RESTARTING, 'info'))).catch(() => undefined);
			return;
		}
		const work = respond(target, incoming, () => opts.router(incoming), {
			log,
			...(opts.turns ? { turns: opts.turns } : {}),
			deferFirst: opts.deferFirst?.(incoming) ?? false,
			...(opts.deferAfterMs ? { deferAfterMs: opts.deferAfterMs } : {}),
		});
		opts.inFlight?.track(work);
	});
	if (opts.mentions) listenForMentions(client, opts.mentions);
	// discord.js emits this only when a shard will not reconnect: the close is fatal to the bot.
	client.on(Events.ShardDisconnect, (event, shard) => {
		const reason = fatalCloseReason(event.code);
		log.error('gateway closed for good', { shard, code: event.code, reason });
		opts.onFatal?.(event.code, reason);
	});
	client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
	client.on(Events.ShardResume, (shard, replayed) => log.info('gateway resumed', { shard, replayed }));
	client.on(Events.Warn, (warning) => log.warn('discord.js warning', { warning }));
	client.on(Events.Error, (error) => log.error('discord.js error', { error }));
	client.on(Events.Debug, (line) => log.debug('discord.js', { line }));
	client.rest.on('rateLimited', (info) => log.warn('rate limited', { route: info.route, retryAfter: info.retryAfter, global: info.global }));
	// Every 429 and 5xx answer, callbacks included, with the route and the wait Discord asked for.
	client.rest.on('response', (request, response) => {
		if (response.status !== 429 && response.status < 500) return;
		log.warn('discord api error', {
			route: request.route,
			method: request.method,
			status: response.status,
			retryAfter: response.headers.get('retry-after'),
		});
	});

	const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
	await client.login(opts.token);
	await ready;
	log.info('gateway ready', { user: client.user?.tag, guilds: client.guilds.cache.size });
	return client;
}

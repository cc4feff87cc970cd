import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction, InteractionReplyOptions } from 'discord.js';
import type { ReplyPayload } from '../answer/embed.js';
import type { Logger } from '../log.js';
import type { ReplyTarget } from './reply.js';
import { respond } from './reply.js';
import type { Incoming, RawOptions, Router } from './router.js';

// The gateway transport: a discord.js Client with only the Guilds intent (slash commands need no more), turning
// each interaction into plain data for the router and sending its answer back through the reply helper.

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
}

function options(interaction: ChatInputCommandInteraction | AutocompleteInteraction): RawOptions {
	const out: Record<string, string | number | boolean> = {};
	for (const option of interaction.options.data) if (option.value !== undefined) out[option.name] = option.value;
	return out;
}

export function toIncoming(interaction: Interaction): Incoming | null {
	const base = { id: interaction.id, userId: interaction.user.id };
	if (interaction.isChatInputCommand()) return { ...base, kind: 'command', command: interaction.commandName, options: options(interaction) };
	if (interaction.isAutocomplete()) {
		const focused = interaction.options.getFocused(true);
		return { ...base, kind: 'autocomplete', command: interaction.commandName, options: options(interaction), focused: { name: focused.name, value: String(focused.value) } };
	}
	if (interaction.isButton()) return { ...base, kind: 'button', customId: interaction.customId };
	return null;
}

const message = (payload: ReplyPayload) => ({ embeds: payload.embeds, components: payload.components, allowedMentions: { parse: [] } });
const withFlags = (payload: ReplyPayload): InteractionReplyOptions => ({ ...message(payload), ...(payload.flags ? { flags: payload.flags as 64 } : {}) });

export function replyTarget(interaction: Handled): ReplyTarget {
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
	};
}

export async function startGateway(opts: GatewayOptions): Promise<Client> {
	const { log } = opts;
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		allowedMentions: { parse: [] },
		rest: { ...(opts.apiUrl ? { api: opts.apiUrl } : {}), ...(opts.restTimeoutMs ? { timeout: opts.restTimeoutMs } : {}) },
	});
	client.on(Events.InteractionCreate, (interaction) => {
		const incoming = toIncoming(interaction);
		if (!incoming) return log.debug('interaction ignored', { interactionId: interaction.id, type: interaction.type });
		void respond(replyTarget(interaction as Handled), incoming, () => opts.router(incoming), { log, ...(opts.deferAfterMs ? { deferAfterMs: opts.deferAfterMs } : {}) });
	});
	client.on(Events.ShardDisconnect, (event, shard) => log.warn('gateway disconnected', { shard, code: event.code }));
	client.on(Events.ShardReconnecting, (shard) => log.info('gateway reconnecting', { shard }));
	client.on(Events.ShardResume, (shard, replayed) => log.info('gateway resumed', { shard, replayed }));
	client.on(Events.Warn, (warning) => log.warn('discord.js warning', { warning }));
	client.on(Events.Error, (error) => log.error('discord.js error', { error }));
	client.on(Events.Debug, (line) => log.debug('discord.js', { line }));
	client.rest.on('rateLimited', (info) => log.warn('rate limited', { route: info.route, retryAfter: info.retryAfter, global: info.global }));

	const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
	await client.login(opts.token);
	await ready;
	log.info('gateway ready', { user: client.user?.tag, guilds: client.guilds.cache.size });
	return client;
}

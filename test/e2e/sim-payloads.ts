// Discord API v10 objects as the simulator sends them: just the fields discord.js reads.

const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;

/** A fresh snowflake carrying the current time, as Discord's ids do. */
export function snowflake(): string {
	counter = (counter + 1n) & 0xfffn;
	return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | counter).toString();
}

export interface SimUser {
	id: string;
	username: string;
}

export const apiUser = (user: SimUser, bot = false) => ({
	id: user.id,
	username: user.username,
	global_name: user.username,
	discriminator: '0',
	avatar: null,
	bot,
	public_flags: 0,
});

export const apiMember = (user: SimUser) => ({
	user: apiUser(user),
	roles: [],
	joined_at: '2024-01-01T00:00:00.000Z',
	deaf: false,
	mute: false,
	flags: 0,
	permissions: '2248473465835073',
});

export function apiGuild(id: string, ownerId: string) {
	return {
		id,
		name: 'Factdesk test server',
		icon: null,
		owner_id: ownerId,
		unavailable: false,
		member_count: 2,
		large: false,
		joined_at: '2024-01-01T00:00:00.000Z',
		features: [],
		roles: [{ id, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
		channels: [],
		threads: [],
		members: [],
		voice_states: [],
		presences: [],
		stage_instances: [],
		guild_scheduled_events: [],
		emojis: [],
		stickers: [],
		afk_timeout: 300,
		verification_level: 0,
		default_message_notifications: 0,
		explicit_content_filter: 0,
		mfa_level: 0,
		system_channel_flags: 0,
		premium_tier: 0,
		preferred_locale: 'en-US',
		nsfw_level: 0,
	};
}

export interface InteractionBase {
	applicationId: string;
	guildId: string;
	channelId: string;
	user: SimUser;
}

export function apiInteraction(base: InteractionBase, type: number, data: unknown, extra: Record<string, unknown> = {}) {
	return {
		id: snowflake(),
		application_id: base.applicationId,
		type,
		data,
		guild_id: base.guildId,
		channel_id: base.channelId,
		channel: { id: base.channelId, type: 0, guild_id: base.guildId, name: 'news', position: 0, permission_overwrites: [], nsfw: false, parent_id: null },
		member: apiMember(base.user),
		token: `interaction-token-${snowflake()}`,
		version: 1,
		app_permissions: '2248473465835073',
		locale: 'en-US',
		guild_locale: 'en-US',
		entitlements: [],
		authorizing_integration_owners: { '0': base.guildId },
		context: 0,
		attachment_size_limit: 10485760,
		...extra,
	};
}

/** A message as Discord returns it after a reply or edit, so discord.js can build a Message from it. */
export function apiMessage(channelId: string, author: SimUser, body: Record<string, unknown>, interactionId?: string) {
	return {
		id: snowflake(),
		channel_id: channelId,
		author: apiUser(author, true),
		content: '',
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: [],
		components: [],
		pinned: false,
		type: interactionId ? 20 : 0,
		flags: 0,
		...body,
	};
}

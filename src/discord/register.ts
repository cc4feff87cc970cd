import { REST, Routes } from 'discord.js';
import type { CommandDefinition } from '../command.js';
import type { Env } from './env.js';
import { requireDeployEnv } from './env.js';

// Registers command definitions: to one server when DISCORD_GUILD_ID is set (instant, for development),
// otherwise globally (may take up to an hour to appear).

export interface Registered {
	scope: string;
	names: string[];
}

export async function deployCommands(env: Env, definitions: readonly CommandDefinition[]): Promise<Registered> {
	const { DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID, DISCORD_API_URL } = requireDeployEnv(env);
	const rest = new REST(DISCORD_API_URL ? { api: DISCORD_API_URL } : {}).setToken(DISCORD_TOKEN);
	const route = DISCORD_GUILD_ID ? Routes.applicationGuildCommands(DISCORD_CLIENT_ID, DISCORD_GUILD_ID) : Routes.applicationCommands(DISCORD_CLIENT_ID);
	// A command restricted by default (/article) is registered with the permission MANAGE_ARTICLES_PERMISSION names.
	const permission = env.MANAGE_ARTICLES_PERMISSION === null ? null : String(env.MANAGE_ARTICLES_PERMISSION);
	const body = definitions.map((d) => ({ type: 1, ...d, ...(d.default_member_permissions === undefined ? {} : { default_member_permissions: permission }) }));
	const result = (await rest.put(route, { body })) as { name: string }[];
	return { scope: DISCORD_GUILD_ID ? `server ${DISCORD_GUILD_ID}` : 'all servers (global)', names: result.map((c) => c.name) };
}

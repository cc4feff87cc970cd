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
	const body = definitions.map((d) => ({ type: 1, ...d }));
	const result = (await rest.put(route, { body })) as { name: string }[];
	return { scope: DISCORD_GUILD_ID ? `server ${DISCORD_GUILD_ID}` : 'all servers (global)', names: result.map((c) => c.name) };
}

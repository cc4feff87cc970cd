import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/register.js';
import { parseEnv } from '../../src/discord/env.js';
import { quoteCommand, slowCommand } from '../discord/fake-commands.js';
import { DiscordSimulator, TOKEN } from './simulator.js';

let sim: DiscordSimulator;
beforeAll(async () => {
	sim = await DiscordSimulator.start();
});
afterAll(async () => sim?.close());

describe('deployCommands', () => {
	const definitions = [quoteCommand.definition, slowCommand.definition];

	it('GIVEN a guild id THEN it PUTs the definitions to that guild', async () => {
		const env = parseEnv({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: sim.applicationId, DISCORD_GUILD_ID: sim.guildId, DISCORD_API_URL: sim.apiUrl });
		const registered = await deployCommands(env, definitions);
		expect(registered).toEqual({ scope: `server ${sim.guildId}`, names: ['quote', 'slow'] });
		const put = sim.requests.find((r) => r.method === 'PUT');
		expect(put?.path).toBe(`/applications/${sim.applicationId}/guilds/${sim.guildId}/commands`);
		expect(put?.body).toEqual(definitions.map((d) => ({ type: 1, ...d })));
	});

	it('GIVEN a command restricted by default THEN it is registered with the permission MANAGE_ARTICLES_PERMISSION names', async () => {
		const restricted = { ...slowCommand.definition, name: 'restricted', default_member_permissions: '32' };
		const base = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: sim.applicationId, DISCORD_GUILD_ID: sim.guildId, DISCORD_API_URL: sim.apiUrl };
		await deployCommands(parseEnv(base), [quoteCommand.definition, restricted]);
		expect(sim.requests.at(-1)?.body).toEqual([{ type: 1, ...quoteCommand.definition }, { type: 1, ...restricted, default_member_permissions: '32' }]);
		await deployCommands(parseEnv({ ...base, MANAGE_ARTICLES_PERMISSION: 'Manage Messages' }), [restricted]);
		expect(sim.requests.at(-1)?.body[0].default_member_permissions).toBe('8192');
		await deployCommands(parseEnv({ ...base, MANAGE_ARTICLES_PERMISSION: 'everyone' }), [restricted]);
		expect(sim.requests.at(-1)?.body[0].default_member_permissions).toBeNull();
	});

	it('GIVEN no guild id THEN it registers globally', async () => {
		const env = parseEnv({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: sim.applicationId, DISCORD_API_URL: sim.apiUrl });
		expect((await deployCommands(env, definitions)).scope).toBe('all servers (global)');
		expect(sim.requests.at(-1)?.path).toBe(`/applications/${sim.applicationId}/commands`);
	});
});

import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, requireDeployEnv } from '../../src/discord/env.js';
import { createLogger } from '../../src/log.js';

const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.secret-part-of-the-token';

describe('parseEnv', () => {
	it('GIVEN the empty .env.example THEN everything is optional and LOG_LEVEL defaults to info', () => {
		const empty = {
			DISCORD_TOKEN: '',
			DISCORD_CLIENT_ID: '',
			DISCORD_GUILD_ID: '',
			DISCORD_API_URL: '',
			DISCORD_PUBLIC_KEY: '',
			PORT: '',
			FACTS_FILE: '',
			LOG_LEVEL: '',
		};
		expect(parseEnv(empty)).toEqual({ LOG_LEVEL: 'info', PORT: 3000, MANAGE_ARTICLES_PERMISSION: 32n, ARTICLE_FETCH_ALLOW_LOOPBACK: false });
	});

	it('GIVEN who may manage articles THEN a permission name, a bit number or everyone; anything else is named as wrong', () => {
		expect(parseEnv({ MANAGE_ARTICLES_PERMISSION: 'Manage Messages' }).MANAGE_ARTICLES_PERMISSION).toBe(1n << 13n);
		expect(parseEnv({ MANAGE_ARTICLES_PERMISSION: 'administrator' }).MANAGE_ARTICLES_PERMISSION).toBe(8n);
		expect(parseEnv({ MANAGE_ARTICLES_PERMISSION: '16' }).MANAGE_ARTICLES_PERMISSION).toBe(16n);
		expect(parseEnv({ MANAGE_ARTICLES_PERMISSION: 'everyone' }).MANAGE_ARTICLES_PERMISSION).toBeNull();
		expect(() => parseEnv({ MANAGE_ARTICLES_PERMISSION: 'the boss' })).toThrow('MANAGE_ARTICLES_PERMISSION: expected one of everyone');
	});

	it('GIVEN full settings THEN they are parsed', () => {
		const key = 'ab'.repeat(32);
		const env = parseEnv({
			DISCORD_TOKEN: token,
			DISCORD_CLIENT_ID: '123456789012345678',
			DISCORD_API_URL: 'http://127.0.0.1:5000/api',
			DISCORD_PUBLIC_KEY: key,
			PORT: '8080',
			LOG_LEVEL: 'DEBUG',
		});
		expect(env).toEqual({
			DISCORD_TOKEN: token,
			DISCORD_CLIENT_ID: '123456789012345678',
			DISCORD_API_URL: 'http://127.0.0.1:5000/api',
			DISCORD_PUBLIC_KEY: key,
			PORT: 8080,
			LOG_LEVEL: 'debug',
			MANAGE_ARTICLES_PERMISSION: 32n,
			ARTICLE_FETCH_ALLOW_LOOPBACK: false,
		});
	});

	it('GIVEN bad values THEN one error names each variable and never echoes the token', () => {
		const run = () => parseEnv({ DISCORD_CLIENT_ID: 'abc', DISCORD_API_URL: 'ftp://x', DISCORD_PUBLIC_KEY: 'xyz', PORT: '99999', LOG_LEVEL: 'loud' });
		expect(run).toThrow(EnvError);
		expect(run).toThrow(/DISCORD_CLIENT_ID[\s\S]*DISCORD_API_URL[\s\S]*DISCORD_PUBLIC_KEY[\s\S]*PORT[\s\S]*LOG_LEVEL/);
	});

	it('GIVEN deploy without an application id THEN it says what is missing', () => {
		expect(() => requireDeployEnv(parseEnv({ DISCORD_TOKEN: token }))).toThrow(/DISCORD_CLIENT_ID/);
	});
});

describe('createLogger', () => {
	it('GIVEN the token anywhere in a log line THEN it is redacted, and levels filter', () => {
		const lines: string[] = [];
		const log = createLogger({ level: 'info', secrets: [token], write: (l) => lines.push(l), now: () => new Date(0) });
		log.debug('hidden');
		log.info('login', { url: `wss://x?auth=${token}`, token: 'interaction-token', nested: { authorization: `Bot ${token}` } });
		log.child({ shard: 0 }).error('boom', { error: new Error(`bad ${token}`) });
		expect(lines).toHaveLength(2);
		expect(lines.join('\n')).not.toContain('secret-part');
		expect(JSON.parse(lines[0]!)).toEqual({
			time: '1970-01-01T00:00:00.000Z',
			level: 'info',
			event: 'login',
			url: 'wss://x?auth=[redacted]',
			token: '[redacted]',
			nested: { authorization: '[redacted]' },
		});
		expect(JSON.parse(lines[1]!)).toMatchObject({ level: 'error', event: 'boom', shard: 0, error: { message: 'bad [redacted]' } });
	});
});

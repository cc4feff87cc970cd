import { config } from 'dotenv';
import { z } from 'zod';

// The only place that reads process.env: parsed once at start, then passed down as a typed object.

/** .env.example ships every key empty; an empty value means "not set". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
const snowflake = z.string().trim().regex(/^\d{17,20}$/, 'expected a Discord id (17 to 20 digits)');

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;

/** Permissions that may be required to add and remove articles, by the names the Discord client shows in English. */
const ARTICLE_PERMISSIONS: Record<string, bigint | null> = {
	everyone: null,
	administrator: 1n << 3n,
	managechannels: 1n << 4n,
	manageguild: 1n << 5n,
	manageserver: 1n << 5n,
	managemessages: 1n << 13n,
	manageroles: 1n << 28n,
	moderatemembers: 1n << 40n,
};

const articlePermission = z.preprocess(
	(v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase().replace(/[\s_-]+/g, '') : 'manageguild'),
	z
		.string()
		.refine(
			(v) => v in ARTICLE_PERMISSIONS || /^\d{1,20}$/.test(v),
			`expected one of ${Object.keys(ARTICLE_PERMISSIONS).join(', ')}, or a permission bit number`,
		),
).transform((v) => (v in ARTICLE_PERMISSIONS ? ARTICLE_PERMISSIONS[v]! : BigInt(v)));

const flag = z.preprocess((v) => (typeof v === 'string' ? ['1', 'true', 'yes'].includes(v.trim().toLowerCase()) : false), z.boolean());

export const envSchema = z.object({
	DISCORD_TOKEN: optional(z.string().trim().min(20, 'looks too short for a bot token')),
	DISCORD_CLIENT_ID: optional(snowflake),
	DISCORD_GUILD_ID: optional(snowflake),
	DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://discord.com/api' })),
	DISCORD_PUBLIC_KEY: optional(z.string().trim().regex(/^[0-9a-f]{64}$/i, 'expected the 64 hex characters of the Public Key (General Information tab)')),
	PORT: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : 3000), z.int('expected a port number').min(1).max(65535)),
	FACTS_FILE: optional(z.string().trim()),
	ARTICLES_DIR: optional(z.string().trim()),
	/** Who may /article add and remove (the check in the handler; deploy-commands registers it as the default too). */
	MANAGE_ARTICLES_PERMISSION: articlePermission,
	/** Tests only: let /article fetch from 127.0.0.1 (never any other private address). */
	ARTICLE_FETCH_ALLOW_LOOPBACK: flag,
	DATABASE_URL: optional(z.string().trim().regex(/^postgres(?:ql)?:\/\//, 'expected a postgres:// URL (see "PostgreSQL" in the README)')),
	LOG_LEVEL: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : 'info'), z.enum(logLevels)),
});
export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
	override readonly name = 'EnvError';
}

export function parseEnv(source: Record<string, string | undefined>): Env {
	const parsed = envSchema.safeParse(source);
	if (parsed.success) return parsed.data;
	const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
	throw new EnvError(`Invalid environment (see .env.example):\n${lines.join('\n')}`);
}

/** Loads .env (without overriding variables already set) and parses the environment. */
export function loadEnv(path?: string): Env {
	config({ quiet: true, ...(path ? { path } : {}) });
	return parseEnv(process.env);
}

/** Deploying needs the token and the application id; say exactly which is missing. */
export function requireDeployEnv(env: Env): Env & { DISCORD_TOKEN: string; DISCORD_CLIENT_ID: string } {
	const missing = [
		!env.DISCORD_TOKEN && 'DISCORD_TOKEN (Bot tab of the developer portal)',
		!env.DISCORD_CLIENT_ID && 'DISCORD_CLIENT_ID (General Information tab)',
	].filter(Boolean);
	if (missing.length > 0 || !env.DISCORD_TOKEN || !env.DISCORD_CLIENT_ID) throw new EnvError(`Missing in .env: ${missing.join(', ')}`);
	return { ...env, DISCORD_TOKEN: env.DISCORD_TOKEN, DISCORD_CLIENT_ID: env.DISCORD_CLIENT_ID };
}

import { createServer } from 'node:http';
import { commandsByName } from '../commands/index.js';
import { start } from './start.js';
import { EnvError } from './discord/env.js';
import { interactionsEndpoint, publicKeyFromHex } from './discord/http.js';
import { watchEventLoop } from './discord/health.js';
import { InFlight } from './discord/in-flight.js';
import { createTurns } from './discord/turns.js';
import { defaultLimits } from './discord/rate-limit.js';
import { createRouter, defersFirst } from './discord/router.js';
import { Conversations } from './ask/follow-up.js';
import { liveContext } from './live/start.js';

// `npm run serve`: the HTTP interactions endpoint, the alternative to the gateway. Set the application's
// Interactions Endpoint URL in the developer portal to https://<host>/interactions.

const DISCORD_API = 'https://discord.com/api/v10';

async function main(): Promise<void> {
	const started = await start((env) => {
		if (!env.DISCORD_PUBLIC_KEY) throw new EnvError('DISCORD_PUBLIC_KEY is missing: copy the Public Key from the General Information tab into .env');
		return { ...env, DISCORD_PUBLIC_KEY: env.DISCORD_PUBLIC_KEY };
	});
	if (!started) return;
	const { env, log, store } = started;
	const inFlight = new InFlight();
	watchEventLoop(log);
	// While the bot runs, the articles folder is watched (the store in ctx is replaced as it changes) and /article may change it.
	const ctx = liveContext(env, store, log);
	const router = createRouter({ commands: commandsByName, ctx, log, limits: defaultLimits(), conversations: new Conversations() });
	const apiUrl = env.DISCORD_API_URL ? `${env.DISCORD_API_URL.replace(/\/+$/, '')}/v10` : DISCORD_API;
	const publicKey = publicKeyFromHex(env.DISCORD_PUBLIC_KEY);
	const endpoint = interactionsEndpoint({ publicKey, router, log, apiUrl, inFlight, turns: createTurns(), deferFirst: defersFirst(commandsByName) });
	const server = createServer((req, res) => {
		endpoint(req, res).catch((error: unknown) => {
			log.error('request failed', { error });
			if (!res.headersSent) res.writeHead(500).end();
		});
	});
	process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason instanceof Error ? reason.message : String(reason) }));
	const stop = async (why: string) => {
		log.info('shutting down', { why, inFlight: inFlight.size });
		server.close();
		await inFlight.drain();
		log.info('stopped', { why });
		process.exit(0);
	};
	process.once('SIGINT', () => void stop('SIGINT'));
	process.once('SIGTERM', () => void stop('SIGTERM'));
	server.on('error', (error) => {
		console.error(`Cannot listen on port ${env.PORT}: ${error.message}`);
		process.exit(1);
	});
	server.listen(env.PORT, () => log.info('listening', { port: env.PORT, path: '/interactions' }));
}

await main();

import type { Client } from 'discord.js';
import { commandsByName } from '../commands/index.js';
import { runConsole } from './cli/console.js';
import { startGateway } from './discord/gateway.js';
import { EnvError, loadEnv } from './discord/env.js';
import { createRouter } from './discord/router.js';
import { openFactStore } from './facts/load.js';
import { FactsFileError } from './facts/store.js';
import { createLogger } from './log.js';

// `npm start`: with DISCORD_TOKEN, serve the commands through the gateway; without, answer from the console.

async function main(): Promise<void> {
	let env;
	try {
		env = loadEnv();
	} catch (error) {
		if (!(error instanceof EnvError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
		return;
	}
	const log = createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN] });
	let store;
	try {
		store = openFactStore({ ...(env.FACTS_FILE ? { factsFile: env.FACTS_FILE } : {}), onProblem: (p) => log.warn('article skipped', { file: p.file, reason: p.reason }) });
	} catch (error) {
		if (!(error instanceof FactsFileError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
		return;
	}
	const ctx = { store };

	if (!env.DISCORD_TOKEN) {
		await runConsole({ input: process.stdin, output: process.stdout, errors: process.stderr, commands: commandsByName, ctx, interactive: process.stdin.isTTY === true });
		return;
	}
	const router = createRouter({ commands: commandsByName, ctx, log });
	// A failure after start-up is logged and the bot keeps serving; it never takes the process down.
	process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason instanceof Error ? reason.message : String(reason) }));
	let client: Client;
	try {
		client = await startGateway({ token: env.DISCORD_TOKEN, ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}), router, log });
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		log.error('cannot log in to Discord', { error: reason });
		console.error(`Cannot log in to Discord: ${reason}. Check DISCORD_TOKEN in .env and the network; without a token, npm start opens the offline console.`);
		process.exitCode = 1;
		return;
	}
	const stop = (signal: string) => {
		log.info('shutting down', { signal });
		void client.destroy().finally(() => process.exit(0));
	};
	process.once('SIGINT', () => stop('SIGINT'));
	process.once('SIGTERM', () => stop('SIGTERM'));
}

await main();

import type { Client } from 'discord.js';
import { commandsByName } from '../commands/index.js';
import { start } from './start.js';
import { runConsole } from './cli/console.js';
import { startGateway } from './discord/gateway.js';
import { InFlight } from './discord/in-flight.js';
import { defaultLimits } from './discord/rate-limit.js';
import { createRouter, defersFirst } from './discord/router.js';
import { Conversations } from './ask/follow-up.js';
import { liveContext } from './live/start.js';

// `npm start`: with DISCORD_TOKEN, serve the commands through the gateway; without, answer from the console.

async function main(): Promise<void> {
	const started = await start();
	if (!started) return;
	const { env, log, store } = started;
	const ctx = { store };

	if (!env.DISCORD_TOKEN) {
		const interactive = process.stdin.isTTY === true;
		const failed = await runConsole({ input: process.stdin, output: process.stdout, errors: process.stderr, commands: commandsByName, ctx, interactive });
		// Piped lines are a script: any line that failed makes the run fail, as a shell would.
		if (failed > 0 && !interactive) process.exitCode = 1;
		return;
	}
	// One memory of the last question per channel, for follow-ups to /ask and to mentions alike.
	const conversations = new Conversations();
	// While the bot runs, the articles folder is watched (the store in ctx is replaced as it changes) and /article may change it.
	const live = liveContext(env, store, log);
	const limits = defaultLimits();
	const router = createRouter({ commands: commandsByName, ctx: live, log, limits, conversations });
	// Questions in messages read the store as it is at the time, like commands.
	const mentions = {
		get store() {
			return live.store;
		},
		log,
		conversations,
		limit: limits.commands,
	};
	// A failure after start-up is logged and the bot keeps serving; it never takes the process down.
	process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason instanceof Error ? reason.message : String(reason) }));
	const inFlight = new InFlight();
	let client: Client | undefined;
	let stopping = false;
	// Stop taking interactions, finish those in flight, then leave: 0 on a signal, 1 when Discord shut us out.
	const stop = async (why: string, exitCode: number) => {
		if (stopping) return;
		stopping = true;
		log.info('shutting down', { why, inFlight: inFlight.size });
		await inFlight.drain();
		await client?.destroy();
		log.info('stopped', { why });
		process.exit(exitCode);
	};
	process.once('SIGINT', () => void stop('SIGINT', 0));
	process.once('SIGTERM', () => void stop('SIGTERM', 0));
	const onFatal = (code: number, reason: string) => {
		console.error(`Discord closed the connection for good (code ${code}): ${reason}.`);
		void stop(`gateway close ${code}`, 1);
	};
	try {
		const apiUrl = env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {};
		client = await startGateway({ token: env.DISCORD_TOKEN, ...apiUrl, router, log, inFlight, onFatal, deferFirst: defersFirst(commandsByName), mentions });
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		log.error('cannot log in to Discord', { error: reason });
		console.error(`Cannot log in to Discord: ${reason}. Check DISCORD_TOKEN in .env and the network; without a token, npm start opens the offline console.`);
		process.exitCode = 1;
	}
}

await main();

import type { Client } from 'discord.js';
import { commandsByName } from '../../commands/index.js';
import { Conversations } from '../ask/follow-up.js';
import { liveContext } from '../live/start.js';
import type { Started } from '../start.js';
import { startGateway } from './gateway.js';
import { watchEventLoop } from './health.js';
import { InFlight } from './in-flight.js';
import { createTurns } from './turns.js';
import { defaultLimits } from './rate-limit.js';
import { createRouter, defersFirst } from './router.js';

// The bot on Discord's gateway, as `npm start` runs it when there is a token: the router over every command, the
// watched articles folder, and a clean stop on a signal or when Discord shuts the bot out.

export async function runGateway({ env, log, store }: Started, token: string): Promise<void> {
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
	watchEventLoop(log);
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
		client = await startGateway({
			token,
			...apiUrl,
			router,
			log,
			inFlight,
			turns: createTurns(),
			onFatal,
			deferFirst: defersFirst(commandsByName),
			mentions,
		});
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		log.error('cannot log in to Discord', { error: reason });
		console.error(
			`Cannot log in to Discord: ${reason}. Check DISCORD_TOKEN in .env and the network; without a token, npm start opens the offline console.`,
		);
		process.exitCode = 1;
	}
}

import type { Client } from 'discord.js';
import type { Command, CommandContext } from '../../src/command.js';
import { startGateway } from '../../src/discord/gateway.js';
import type { InFlight } from '../../src/discord/in-flight.js';
import type { Router } from '../../src/discord/router.js';
import { createRouter } from '../../src/discord/router.js';
import { Conversations } from '../../src/ask/follow-up.js';
import type { Logger } from '../../src/log.js';
import { createLogger } from '../../src/log.js';
import { DiscordSimulator, TOKEN } from './simulator.js';

export interface Harness {
	sim: DiscordSimulator;
	client: Client;
	logs: Record<string, unknown>[];
	stop(): Promise<void>;
}

/** Starts the simulator and the real gateway bot pointed at it (the way DISCORD_API_URL does in production). */
export interface HarnessOptions {
	/** Extra latency for these commands, to exercise deferral. */
	slow?: { commands: string[]; ms: number; deferAfterMs: number };
	inFlight?: InFlight;
}

export async function startHarness(commands: ReadonlyMap<string, Command>, ctx: CommandContext, options: HarnessOptions = {}): Promise<Harness> {
	const sim = await DiscordSimulator.start({ heartbeatMs: 500 });
	const logs: Record<string, unknown>[] = [];
	const log: Logger = createLogger({ level: 'debug', secrets: [TOKEN], write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
	const conversations = new Conversations();
	const route = createRouter({ commands, ctx, log, conversations });
	const { slow } = options;
	const router: Router = async (incoming) => {
		if (slow && incoming.kind === 'command' && slow.commands.includes(incoming.command)) await new Promise((r) => setTimeout(r, slow.ms));
		return route(incoming);
	};
	const client = await startGateway({
		token: TOKEN,
		apiUrl: sim.apiUrl,
		router,
		log,
		mentions: { store: ctx.store, log, conversations },
		restTimeoutMs: 3000,
		...(slow ? { deferAfterMs: slow.deferAfterMs } : {}),
		...(options.inFlight ? { inFlight: options.inFlight } : {}),
	});
	return {
		sim,
		client,
		logs,
		async stop() {
			await client.destroy();
			await sim.close();
		},
	};
}

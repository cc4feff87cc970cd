import { commandsByName } from '../commands/index.js';
import { start } from './start.js';
import { runConsole } from './cli/console.js';

// `npm start`: with DISCORD_TOKEN, serve the commands through the gateway; without, answer from the console. The
// Discord client and the live archive are loaded only when there is a token, so the console starts sooner.

async function main(): Promise<void> {
	const started = await start();
	if (!started) return;
	if (started.env.DISCORD_TOKEN) {
		const { runGateway } = await import('./discord/bot.js');
		await runGateway(started, started.env.DISCORD_TOKEN);
		return;
	}
	const interactive = process.stdin.isTTY === true;
	const ctx = { store: started.store };
	const failed = await runConsole({ input: process.stdin, output: process.stdout, errors: process.stderr, commands: commandsByName, ctx, interactive });
	// Piped lines are a script: any line that failed makes the run fail, as a shell would.
	if (failed > 0 && !interactive) process.exitCode = 1;
}

await main();

import { commands } from '../../commands/index.js';
import { EnvError, loadEnv } from './env.js';
import { deployCommands } from './register.js';

// `npm run deploy-commands`: registers every command in commands/index.ts and prints what was registered.

async function main(): Promise<void> {
	try {
		const env = loadEnv();
		const registered = await deployCommands(env, commands.map((c) => c.definition));
		console.log(`Registered ${registered.names.length} commands for ${registered.scope}:`);
		for (const name of registered.names) console.log(`  /${name}`);
	} catch (error) {
		console.error(error instanceof EnvError ? error.message : `Deploy failed: ${(error as Error).message}`);
		process.exitCode = 1;
	}
}

await main();

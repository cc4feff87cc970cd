import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordSimulator, TOKEN } from './simulator.js';

// `npm start` as a user runs it: a child process, configured only through the environment.

const start = (env: Record<string, string>) =>
	spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
		cwd: new URL('../..', import.meta.url),
		env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', DISCORD_API_URL: '', LOG_LEVEL: 'info', ...env },
		stdio: ['pipe', 'pipe', 'pipe'],
	});

const collect = (stream: NodeJS.ReadableStream) => {
	const chunks: string[] = [];
	stream.on('data', (d) => chunks.push(String(d)));
	return () => chunks.join('');
};

describe('npm start', () => {
	it('without a token answers console lines from stdin and exits cleanly at end of input', async () => {
		const child = start({});
		const out = collect(child.stdout);
		const err = collect(child.stderr);
		child.stdin.end('/quote lavrov\n/nosuch\n');
		const [code] = (await once(child, 'exit')) as [number];
		expect(err()).toContain('Unknown command /nosuch');
		expect(out()).toContain('There is no place for dictatorship');
		expect(out()).toContain('Sources');
		expect(code).toBe(0);
	}, 20_000);

	describe('with a token', () => {
		let sim: DiscordSimulator;
		beforeAll(async () => {
			sim = await DiscordSimulator.start();
		});
		afterAll(async () => sim?.close());

		it('logs in through the gateway at DISCORD_API_URL and answers a command; logs are JSON lines without the token', async () => {
			const child = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: sim.apiUrl });
			const err = collect(child.stderr);
			try {
				await once(sim.gateway, 'identify');
				const c = await sim.command('quote', { speaker: 'lavrov' });
				expect(c.body.data.embeds[0].description).toContain('There is no place for dictatorship');
			} finally {
				child.kill('SIGTERM');
				await once(child, 'exit');
			}
			const lines = err().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
			expect(lines.some((l) => l.event === 'gateway ready')).toBe(true);
			expect(lines.some((l) => l.event === 'interaction' && l.command === 'quote' && l.outcome === 'ok')).toBe(true);
			expect(err()).not.toContain(TOKEN);
		}, 20_000);
	});
});

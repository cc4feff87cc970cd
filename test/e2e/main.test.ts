import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/build-folder.js';
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
	it('without a token answers console lines from stdin and exits 0 at end of input', async () => {
		const child = start({});
		const out = collect(child.stdout);
		child.stdin.end('/quote lavrov\n');
		const [code] = (await once(child, 'exit')) as [number];
		expect(out()).toContain('There is no place for dictatorship');
		expect(out()).toContain('Sources');
		expect(code).toBe(0);
	}, 120_000);

	it('without a token, a piped line that fails makes the run exit 1 after answering the others', async () => {
		const child = start({});
		const out = collect(child.stdout);
		const err = collect(child.stderr);
		child.stdin.end('/nosuch\n/quote lavrov\n');
		const [code] = (await once(child, 'exit')) as [number];
		expect(err()).toContain('Unknown command /nosuch');
		expect(out()).toContain('There is no place for dictatorship');
		expect(code).toBe(1);
	}, 120_000);

	it('GIVEN FACTS_FILE with a quote citing an unknown article THEN it logs the item, leaves it out and answers the rest', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-main-'));
		try {
			const { facts } = ingest('data/articles');
			const lavrov = facts.quotes.filter((q) => q.speaker === 'sergei-lavrov');
			lavrov[0]!.span.article = 'no-such-article';
			writeFileSync(join(dir, 'facts.json'), JSON.stringify(facts));
			const child = start({ FACTS_FILE: join(dir, 'facts.json') });
			const out = collect(child.stdout);
			const err = collect(child.stderr);
			child.stdin.end('/quote lavrov\n');
			const [code] = (await once(child, 'exit')) as [number];
			const warning = err()
				.split('\n')
				.filter((l) => l.startsWith('{'))
				.map((l) => JSON.parse(l) as { level: string; event: string; items?: string[] })
				.find((l) => l.level === 'warn' && l.event.startsWith('facts file items left out'));
			expect(warning?.items).toEqual([`quotes[${facts.quotes.indexOf(lavrov[0]!)}] (${lavrov[0]!.id}).span cites the unknown article "no-such-article"`]);
			expect(out()).toContain(`${lavrov.length - 1} quotes`);
			expect(out()).toContain(lavrov[1]!.span.text);
			expect(code).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);

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
			}
			const [code] = (await once(child, 'exit')) as [number];
			expect(code).toBe(0);
			const lines = err().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
			expect(lines.some((l) => l.event === 'gateway ready')).toBe(true);
			expect(lines.some((l) => l.event === 'interaction' && l.command === 'quote' && l.outcome === 'ok')).toBe(true);
			expect(lines.find((l) => l.event === 'shutting down')).toMatchObject({ why: 'SIGTERM', inFlight: 0 });
			expect(lines.at(-1)).toMatchObject({ event: 'stopped', why: 'SIGTERM' });
			expect(err()).not.toContain(TOKEN);
		}, 120_000);

		it('GIVEN SIGTERM to `npm start` itself THEN the bot gets it, stops gracefully and exits 0 (nothing is orphaned)', async () => {
			const child = spawn('npm', ['start', '--silent'], {
				cwd: new URL('../..', import.meta.url),
				env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: TOKEN, DISCORD_API_URL: sim.apiUrl, LOG_LEVEL: 'info' },
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			const err = collect(child.stderr);
			const exited = once(child, 'exit');
			while (!err().includes('"event":"gateway ready"')) await new Promise((resolve) => setTimeout(resolve, 50));
			child.kill('SIGTERM');
			const [code] = (await exited) as [number];
			while (!err().includes('"event":"stopped"')) await new Promise((resolve) => setTimeout(resolve, 50));
			expect(code).toBe(0);
			expect(err()).toContain('"event":"shutting down","why":"SIGTERM"');
		}, 120_000);

		it('GIVEN Discord closes the gateway for good (4004) THEN it says why in plain English and exits 1', async () => {
			const child = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: sim.apiUrl });
			const err = collect(child.stderr);
			const exited = once(child, 'exit');
			while (!err().includes('"event":"gateway ready"')) await new Promise((resolve) => setTimeout(resolve, 50));
			void sim.gateway.disconnect(4004);
			const [code] = (await exited) as [number];
			expect(code).toBe(1);
			expect(err()).toContain('Discord closed the connection for good (code 4004): authentication failed');
			expect(err()).toContain('"event":"gateway closed for good"');
		}, 120_000);
	});
});

describe('npm run serve', () => {
	const serve = (env: Record<string, string>) =>
		spawn(process.execPath, ['--import', 'tsx', 'src/serve.ts'], {
			cwd: new URL('../..', import.meta.url),
			env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', DISCORD_PUBLIC_KEY: '', LOG_LEVEL: 'info', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});

	it('without DISCORD_PUBLIC_KEY says what to set and exits 1', async () => {
		const child = serve({});
		const err = collect(child.stderr);
		const [code] = (await once(child, 'exit')) as [number];
		expect(code).toBe(1);
		expect(err()).toContain('DISCORD_PUBLIC_KEY is missing');
	}, 120_000);

	it('answers a signed PING on /interactions, and on SIGTERM stops and exits 0', async () => {
		const { publicKey, privateKey } = generateKeyPairSync('ed25519');
		const hex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
		const port = 20_000 + Math.floor(Math.random() * 20_000);
		const child = serve({ DISCORD_PUBLIC_KEY: hex, PORT: String(port) });
		const err = collect(child.stderr);
		const exited = once(child, 'exit');
		while (!err().includes('"event":"listening"') && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
		const body = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't' });
		const timestamp = String(Math.floor(Date.now() / 1000));
		const res = await fetch(`http://127.0.0.1:${port}/interactions`, {
			method: 'POST',
			body,
			headers: { 'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'), 'x-signature-timestamp': timestamp },
		});
		expect(await res.json()).toEqual({ type: 1 });
		child.kill('SIGTERM');
		const [code] = (await exited) as [number];
		expect(code).toBe(0);
		expect(err()).toContain('"event":"stopped","why":"SIGTERM"');
	}, 120_000);
});

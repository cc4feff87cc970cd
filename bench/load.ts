import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openFactStore } from '../src/facts/load.js';
import { DiscordSimulator, TOKEN } from '../test/e2e/simulator.js';
import type { SimUser } from '../test/e2e/sim-payloads.js';
import { DEFAULT_SEED, writeCorpus } from './corpus.js';
import { latency } from './measure.js';
import { type Case, inputsFromStore, queryCases } from './queries.js';

// npm run load -- [--articles N] [--concurrency C] [--interactions K] [--mode gateway|http] [--soak SECONDS] [--rate R]
//                  [--corpus DIR] [--cpu-prof DIR]
//
// Drives the real bot, started as its own process exactly as `npm start` (gateway, through the local Discord
// simulator) or `npm run serve` (signed HTTP interactions) start it, with a mix of every command and autocomplete
// from many users, and prints what a server would see: answered, answered within Discord's 3 s, errors, latency
// percentiles, and the bot's resident memory before and after. A script, not a test: figures, never assertions.
// --corpus DIR keeps the generated articles and their database in DIR, so that later runs of the same size start at
// once.

const USAGE =
	'usage: npm run load -- [--articles N] [--concurrency C] [--interactions K] [--mode gateway|http] [--soak SECONDS] [--rate PER_S] ' +
	'[--corpus DIR] [--cpu-prof DIR]';
const ACK_WINDOW_MS = 3000;
const DISCORD_HEARTBEAT_MS = 41_250;

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '2000' },
		concurrency: { type: 'string', default: '50' },
		interactions: { type: 'string', default: '2000' },
		mode: { type: 'string', default: 'gateway' },
		soak: { type: 'string' },
		rate: { type: 'string', default: '50' },
		seed: { type: 'string', default: String(DEFAULT_SEED) },
		corpus: { type: 'string' },
		'cpu-prof': { type: 'string' },
	},
});
const mode = values.mode === 'http' ? 'http' : values.mode === 'gateway' ? 'gateway' : null;
if (!mode) throw new Error(USAGE);

/** Resident memory of another process, from /proc (Linux). */
function rssMb(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
	return line ? Number(line[1]) / 1024 : Number.NaN;
}

/** Processor seconds another process has used (user and system), from /proc (Linux). */
function cpuSeconds(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

const waitFor = async (test: () => boolean) => {
	while (!test()) await new Promise((resolve) => setTimeout(resolve, 50));
};

/** The bot's own record of each interaction (src/discord/reply.ts). */
interface Logged {
	kind: string;
	command: string;
	outcome: string;
	deferred: boolean;
	ms: number;
	ackMs?: number;
	workMs?: number;
	interactionId: string;
	time: string;
}

function interactionsLogged(log: string): Logged[] {
	return log
		.split('\n')
		.filter((line) => line.includes('"event":"interaction"'))
		.map((line) => JSON.parse(line) as Logged);
}

const groupBy = <T>(list: T[], key: (t: T) => string): Record<string, T[]> => {
	const groups: Record<string, T[]> = {};
	for (const t of list) (groups[key(t)] ??= []).push(t);
	return groups;
};
const countBy = <T>(list: T[], key: (t: T) => string) => Object.fromEntries(Object.entries(groupBy(list, key)).map(([k, v]) => [k, v.length]));

interface Shot {
	ms: number;
	ok: boolean;
	/** The interaction's id and when it was sent (epoch ms), when the sender chose the id (HTTP). */
	id?: string;
	sentAt?: number;
}

/** One interaction of the mix, sent to the bot; resolves with the time until Discord would have heard back. */
type Send = (c: Case, i: number, user: SimUser) => Promise<Shot>;

function startBot(script: string, env: Record<string, string>): { child: ChildProcess; log: () => string } {
	// --cpu-prof DIR: V8's CPU profile of the bot, written when it exits.
	const profile = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : [];
	const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], {
		env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', DISCORD_TOKEN: '', ...env },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let log = '';
	child.stderr?.on('data', (d) => (log += String(d)));
	return { child, log: () => log };
}

async function gatewaySender(sim: DiscordSimulator): Promise<Send> {
	return async (c, i, user) => {
		const options = Object.fromEntries(Object.entries(c.inputs[i % c.inputs.length]!).map(([k, v]) => [k, String(v)]));
		const start = performance.now();
		try {
			if (c.focused) await sim.autocomplete(c.command, options, c.focused, user);
			else await sim.command(c.command, options, user);
			return { ms: performance.now() - start, ok: true };
		} catch {
			return { ms: performance.now() - start, ok: false };
		}
	};
}

function httpSender(port: number, privateKey: ReturnType<typeof generateKeyPairSync>['privateKey']): Send {
	let id = 1_000_000_000_000_000_000n;
	return async (c, i, user) => {
		const input = c.inputs[i % c.inputs.length]!;
		const options = Object.entries(input).map(([name, value]) => ({
			name,
			type: 3,
			value: String(value),
			...(name === c.focused ? { focused: true } : {}),
		}));
		const body = JSON.stringify({
			id: String(id++),
			application_id: '1111111111111111111',
			type: c.focused ? 4 : 2,
			token: 'load',
			data: { name: c.command, options },
			member: { user: { id: user.id } },
		});
		const timestamp = String(Math.floor(Date.now() / 1000));
		const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
		const start = performance.now();
		const sent = { id: String(id - 1n), sentAt: Date.now() };
		try {
			const res = await fetch(`http://127.0.0.1:${port}/interactions`, {
				method: 'POST',
				body,
				headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
			});
			await res.arrayBuffer();
			return { ms: performance.now() - start, ok: res.ok, ...sent };
		} catch {
			return { ms: performance.now() - start, ok: false, ...sent };
		}
	};
}

/**
 * Where the interactions that missed the window spent their time, from the sender's clock and the bot's log (one
 * machine, one clock): before the bot began on them (connection, request body, signature check, a busy event loop),
 * in the bot until Discord heard back, and after (the response on its way back to the sender).
 */
function lateReport(shots: Shot[], entries: Logged[]): string {
	const byId = new Map(entries.map((e) => [e.interactionId, e]));
	const late = shots.flatMap((s) => {
		const e = s.id === undefined || s.sentAt === undefined || s.ms <= ACK_WINDOW_MS ? undefined : byId.get(s.id);
		if (!e || e.ackMs === undefined) return [];
		const received = Date.parse(e.time) - e.ms;
		const before = received - s.sentAt!;
		return [{ before, inBot: e.ackMs, after: s.ms - before - e.ackMs, deferred: e.deferred }];
	});
	if (late.length === 0) return 'answered after 3 s: none traced';
	const mid = (list: number[]) => latency(list).p50.toFixed(0);
	const [before, inBot, after] = [late.map((l) => l.before), late.map((l) => l.inBot), late.map((l) => l.after)];
	return (
		`answered after 3 s, traced ${late.length} (${late.filter((l) => l.deferred).length} deferred): median ms before the bot began ${mid(before)}, ` +
		`in the bot until Discord heard ${mid(inBot)}, after ${mid(after)}; ${late.filter((l) => l.before > l.inBot + l.after).length} mostly before`
	);
}

/** The bot's heap and external memory, from its last health line (src/discord/health.ts). */
function heapReport(log: string): string {
	const end = log.lastIndexOf('"event":"event loop"');
	const stop = log.indexOf('\n', end);
	if (end < 0 || stop < 0) return '';
	const line = log.slice(log.lastIndexOf('\n', end) + 1, stop);
	const { heapUsedMb, externalMb } = JSON.parse(line) as { heapUsedMb?: number; externalMb?: number };
	return heapUsedMb === undefined ? '' : `heap used ${heapUsedMb} MB  external ${externalMb} MB`;
}

/** The bot's own event-loop and garbage-collector figures (src/discord/health.ts), over the run. */
function loopReport(log: string): string {
	type Health = { delayP99Ms: number; delayMaxMs: number; gcPauses: number; gcMs: number; gcMaxMs: number };
	const lines = log.split('\n').filter((line) => line.includes('"event":"event loop"')).map((line) => JSON.parse(line) as Health);
	if (lines.length === 0) return 'bot event loop: no figures logged';
	const max = (f: (h: Health) => number) => Math.max(...lines.map(f)).toFixed(0);
	const sum = (f: (h: Health) => number) => lines.reduce((a, h) => a + f(h), 0).toFixed(0);
	const delays = `delay p99 up to ${max((h) => h.delayP99Ms)} ms, longest ${max((h) => h.delayMaxMs)} ms`;
	const collector = `garbage collector ${sum((h) => h.gcPauses)} pauses, ${sum((h) => h.gcMs)} ms in all, longest ${max((h) => h.gcMaxMs)} ms`;
	return `bot event loop, ${lines.length} intervals of 10 s: ${delays}; ${collector}`;
}

async function main(): Promise<void> {
	const articles = Number(values.articles);
	const seed = Number(values.seed);
	const dir = values.corpus ? join(values.corpus, `${articles}-${seed}`) : mkdtempSync(join(tmpdir(), 'factdesk-load-'));
	try {
		const articlesDir = join(dir, 'articles');
		if (!existsSync(articlesDir) || readdirSync(articlesDir).length !== articles) writeCorpus(articlesDir, articles, seed);
		const factsFile = join(dir, 'factdesk.db');
		// A kept database is served as it was built, even by an older extractor: the load is on answering, not on
		// extraction (delete it to build afresh).
		const store = await openFactStore(values.corpus && existsSync(factsFile) ? { factsFile } : { factsFile, articlesDir });
		const cases = queryCases(await inputsFromStore(store), seed);
		await store.close();
		const users: SimUser[] = Array.from({ length: 2000 }, (_, i) => ({ id: String(200000000000000000n + BigInt(i)), username: `user${i}` }));

		// Discord's own heartbeat interval: the simulator's default second, meant for quick tests, made a bot that was
		// short of processor time look dead to discord.js, which reconnected and replayed (5-14 times a run).
		const sim = await DiscordSimulator.start({ heartbeatMs: DISCORD_HEARTBEAT_MS });
		let bot: { child: ChildProcess; log: () => string };
		let send: Send;
		if (mode === 'gateway') {
			bot = startBot('src/main.ts', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: sim.apiUrl, FACTS_FILE: factsFile, LOG_LEVEL: 'info' });
			await waitFor(() => bot.log().includes('"event":"gateway ready"') || bot.child.exitCode !== null);
			send = await gatewaySender(sim);
		} else {
			const { publicKey, privateKey } = generateKeyPairSync('ed25519');
			const port = 20_000 + Math.floor(Math.random() * 20_000);
			const key = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
			bot = startBot('src/serve.ts', {
				DISCORD_PUBLIC_KEY: key,
				PORT: String(port),
				DISCORD_API_URL: sim.apiUrl,
				FACTS_FILE: factsFile,
				LOG_LEVEL: 'info',
			});
			await waitFor(() => bot.log().includes('"event":"listening"') || bot.child.exitCode !== null);
			send = httpSender(port, privateKey);
		}
		if (bot.child.exitCode !== null) throw new Error(`the bot did not start:\n${bot.log()}`);
		const pid = bot.child.pid!;
		const rssBefore = rssMb(pid);
		console.log(`${articles} articles, mode ${mode}, bot RSS ${rssBefore.toFixed(0)} MB after start`);

		// This process plays Discord: while its event loop is held, the bot's callbacks wait on it, and a new connection
		// waits longest (Node accepts one per turn of the loop). Its own delay is printed, so such a run is seen.
		const ownLoop = monitorEventLoopDelay({ resolution: 10 });
		ownLoop.enable();
		const shots: Shot[] = [];
		const [cpuBefore, wallBefore, loadBefore] = [cpuSeconds(pid), performance.now(), loadavg()[0]!];
		const concurrency = Number(values.concurrency);
		if (values.soak) {
			const seconds = Number(values.soak);
			const rate = Number(values.rate);
			const until = performance.now() + seconds * 1000;
			let i = 0;
			let nextReport = performance.now() + 10_000;
			while (performance.now() < until) {
				const tick = performance.now();
				for (let k = 0; k < rate; k++, i++) void send(cases[i % cases.length]!, i, users[i % users.length]!).then((s) => shots.push(s));
				if (performance.now() >= nextReport) {
					const t = `t=${((tick - until) / 1000 + seconds).toFixed(0)} s`;
					console.log(`  ${t}  sent ${i}  answered ${shots.length}  bot RSS ${rssMb(pid).toFixed(0)} MB  ${heapReport(bot.log())}`);
					nextReport += 10_000;
				}
				await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - tick))));
			}
			await waitFor(() => shots.length >= i);
		} else {
			const total = Number(values.interactions);
			let next = 0;
			const worker = async () => {
				while (next < total) {
					const i = next++;
					shots.push(await send(cases[i % cases.length]!, i, users[i % users.length]!));
				}
			};
			await Promise.all(Array.from({ length: concurrency }, worker));
		}

		const [cpuUsed, wallUsed] = [cpuSeconds(pid) - cpuBefore, (performance.now() - wallBefore) / 1000];
		ownLoop.disable();
		const answered = shots.filter((s) => s.ok);
		const inWindow = answered.filter((s) => s.ms <= ACK_WINDOW_MS).length;
		const entries = interactionsLogged(bot.log());
		const ms = (list: number[]) => {
			const q = latency(list);
			return `p50 ${q.p50.toFixed(1)}, p95 ${q.p95.toFixed(1)}, p99 ${q.p99.toFixed(1)}, max ${q.max.toFixed(1)}`;
		};
		console.log(`interactions ${shots.length}, answered ${answered.length}, within 3 s ${inWindow}, errors ${shots.length - answered.length}`);
		console.log(`round trip ms (until Discord hears back: the answer, or its deferral): ${ms(answered.map((s) => s.ms))}`);
		console.log(`bot ms from receipt to answer sent, deferred edits included (its own log): ${ms(entries.map((e) => e.ms))}`);
		console.log(`handler ms (the answer's own work: query and rendering): ${ms(entries.flatMap((e) => (e.workMs === undefined ? [] : [e.workMs])))}`);
		if (mode === 'http') console.log(lateReport(answered, entries));
		console.log(`deferred ${entries.filter((e) => e.deferred).length}; outcomes ${JSON.stringify(countBy(entries, (e) => e.outcome))}`);
		for (const [command, list] of Object.entries(groupBy(entries, (e) => `${e.kind === 'autocomplete' ? 'autocomplete ' : ''}${e.command}`)).sort()) {
			console.log(
				`  ${command.padEnd(22)} ${String(list.length).padStart(5)}  handler ${ms(list.flatMap((e) => (e.workMs === undefined ? [] : [e.workMs])))}`,
			);
		}
		console.log(`bot RSS ${rssBefore.toFixed(0)} MB before, ${rssMb(pid).toFixed(0)} MB after`);
		const busy = `bot processor ${cpuUsed.toFixed(1)} s in ${wallUsed.toFixed(1)} s (${((100 * cpuUsed) / wallUsed).toFixed(0)}% of one core)`;
		console.log(`${busy}; load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
		console.log(loopReport(bot.log()));
		const ownMs = (ns: number) => (ns / 1e6).toFixed(0);
		console.log(`simulator and senders' event loop: delay p99 ${ownMs(ownLoop.percentile(99))} ms, longest ${ownMs(ownLoop.max)} ms`);
		if (values.corpus) writeFileSync(join(dir, `bot-${mode}.log`), bot.log());
		bot.child.kill('SIGTERM');
		await waitFor(() => bot.child.exitCode !== null);
		await sim.close();
	} finally {
		if (!values.corpus) rmSync(dir, { recursive: true, force: true });
	}
}

await main();

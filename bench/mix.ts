import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { commandsByName } from '../commands/index.js';
import { createRouter, type Incoming } from '../src/discord/router.js';
import { openFactStore } from '../src/facts/load.js';
import { createLogger } from '../src/log.js';
import { DEFAULT_SEED } from './corpus.js';
import { latency } from './measure.js';
import { hotSpots } from './profile.js';
import { inputsFromStore, queryCases } from './queries.js';

// npm run bench:mix -- --store FILE [--rounds N] [--only TEXT] [--profile FILE] [--sql]
//
// The mix of `npm run load` (every command and autocomplete, in turn) through the router in one process, one at a
// time: the processor time each interaction costs, overall and per case, which a shared machine disturbs far less
// than the wall times of a load run. --only keeps the cases whose label holds TEXT; --profile adds the hottest
// functions; --sql the time of each SQLite statement.

const { values } = parseArgs({
	options: {
		store: { type: 'string' },
		rounds: { type: 'string', default: '2' },
		only: { type: 'string' },
		profile: { type: 'string' },
		sql: { type: 'boolean', default: false },
	},
});
if (!values.store) throw new Error('usage: npm run bench:mix -- --store FILE [--rounds N] [--only TEXT] [--profile FILE] [--sql]');

/** Time spent in each prepared statement, when --sql asks (every statement prepared from now on is wrapped). */
const statements = new Map<string, { ms: number; calls: number }>();
if (values.sql) {
	type Statement = Record<'all' | 'get' | 'run', (...args: unknown[]) => unknown> & { pluck(on?: boolean): Statement };
	const proto = Database.prototype as unknown as { prepare(sql: string): Statement };
	const prepare = proto.prepare;
	proto.prepare = function (this: unknown, sql: string) {
		const statement = prepare.call(this, sql);
		for (const method of ['all', 'get', 'run'] as const) {
			const call = statement[method].bind(statement);
			statement[method] = (...args) => {
				const started = performance.now();
				try {
					return call(...args);
				} finally {
					const seen = statements.get(sql) ?? { ms: 0, calls: 0 };
					statements.set(sql, { ms: seen.ms + performance.now() - started, calls: seen.calls + 1 });
				}
			};
		}
		return statement;
	};
}

const cpuMs = () => {
	const used = process.cpuUsage();
	return (used.user + used.system) / 1000;
};

const store = await openFactStore({ factsFile: values.store });
const cases = queryCases(await inputsFromStore(store), DEFAULT_SEED).filter((c) => c.label.includes(values.only ?? ''));
const router = createRouter({ commands: commandsByName, ctx: { store }, log: createLogger({ level: 'error' }) });
let id = 0;
const run = async (c: (typeof cases)[number], i: number) => {
	const options = Object.fromEntries(Object.entries(c.inputs[i % c.inputs.length]!).map(([k, v]) => [k, String(v)]));
	const incoming: Incoming = c.focused
		? { kind: 'autocomplete', id: String(id++), userId: '1', command: c.command, options, focused: { name: c.focused, value: options[c.focused] ?? '' } }
		: { kind: 'command', id: String(id++), userId: '1', command: c.command, options };
	JSON.stringify((await router(incoming)).outgoing);
};

// Every case twice before anything is timed: the JIT and the caches warm.
for (let i = 0; i < cases.length * 2; i++) await run(cases[i % cases.length]!, i);
statements.clear();
const session = values.profile ? new Session() : undefined;
if (session) {
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.start');
}
const perCase = new Map<string, number[]>();
const walls: number[] = [];
const total = cases.length * 50 * Number(values.rounds);
const cpuStart = cpuMs();
const wallStart = performance.now();
for (let i = 0; i < total; i++) {
	const c = cases[i % cases.length]!;
	const [cpu, wall] = [cpuMs(), performance.now()];
	await run(c, Math.floor(i / cases.length));
	walls.push(performance.now() - wall);
	perCase.set(c.label, [...(perCase.get(c.label) ?? []), cpuMs() - cpu]);
}
const spent = cpuMs() - cpuStart;
const wall = latency(walls);
console.log(`${total} interactions: processor ${(spent / total).toFixed(2)} ms each, wall ${((performance.now() - wallStart) / total).toFixed(2)} ms each`);
console.log(`wall per interaction p50 ${wall.p50.toFixed(1)}, p95 ${wall.p95.toFixed(1)}, p99 ${wall.p99.toFixed(1)}, max ${wall.max.toFixed(1)} ms`);
const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
for (const [label, list] of [...perCase].sort((a, b) => sum(b[1]) - sum(a[1]))) {
	const [mean, p99] = [sum(list) / list.length, latency(list).p99].map((ms) => ms.toFixed(2).padStart(6));
	console.log(`  ${label.padEnd(34)} processor mean ${mean}, p99 ${p99} ms, ${((100 * sum(list)) / spent).toFixed(1)}% of all`);
}
if (session && values.profile) {
	const { profile } = await session.post('Profiler.stop');
	writeFileSync(values.profile, JSON.stringify(profile));
	for (const h of hotSpots(profile as never, 30)) {
		console.log(`  ${h.selfMs.toFixed(0).padStart(6)} ms self, ${h.totalMs.toFixed(0).padStart(6)} ms total  ${h.fn}`);
	}
}
for (const [sql, s] of [...statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
	console.log(`  ${s.ms.toFixed(0).padStart(6)} ms ${String(s.calls).padStart(6)} calls  ${sql.replace(/\s+/g, ' ').slice(0, 120)}`);
}
await store.close();

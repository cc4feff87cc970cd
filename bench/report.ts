import type { Latency } from './measure.js';
import type { ProfileSummary } from './profile.js';
import type { ServeResult } from './phase-serve.js';
import type { SizeResult } from './run.js';

// Plain-text tables of a bench run, readable in a terminal and pasteable into a pull request.

export const n0 = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? n0(n) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const s1 = (millis: number) => `${(millis / 1000).toFixed(1)} s`;
const mb = (n: number) => `${n0(n)} MB`;

export function table(headers: string[], rows: string[][]): string {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	// The first column is text (left), the others numbers (right).
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const lat = (l: Latency | undefined) => (l ? [ms(l.p50), ms(l.p95), ms(l.max)] : ['', '', '']);

/** Printed as soon as the ingest phase reports, so a failure later still leaves its figures on screen. */
export function printIngest(r: Pick<SizeResult, 'articles' | 'corpus' | 'ingest'>): void {
	const { ingest: i } = r;
	const c = i.counts;
	const ingestTotal = i.readMs + i.hashMs + i.buildMs + i.stringifyMs + i.writeMs;
	console.log(`\n=== ${n0(r.articles)} articles: ${mb(r.corpus.bytes / 1024 / 1024)} of text, ${n0(r.corpus.cast)} people (written in ${s1(r.corpus.ms)}) ===\n`);
	console.log(`Extracted: ${n0(c.entities!)} names, ${n0(c.sentences!)} sentences, ${n0(c.quotes!)} quotes (${n0(c.attributed!)} attributed), ${n0(c.statements!)} statements, ${n0(c.figures!)} figures, ${n0(c.meetings!)} meetings; ${i.problems} articles skipped\n`);
	console.log(
		table(
			['Ingest (npm run ingest)', 'ms', 'per article'],
			[
				['readArticles (read, YAML, zod)', ms(i.readMs), ms(i.readMs / r.articles)],
				['articlesHash (reads every file again)', ms(i.hashMs), ms(i.hashMs / r.articles)],
				['buildFacts (extract + merge names)', ms(i.buildMs), ms(i.buildMs / r.articles)],
				[`JSON.stringify (${mb(i.factsBytes / 1024 / 1024)} facts.json)`, ms(i.stringifyMs), ms(i.stringifyMs / r.articles)],
				['write (temp file + rename)', ms(i.writeMs), ms(i.writeMs / r.articles)],
				['total', ms(ingestTotal), ms(ingestTotal / r.articles)],
			],
		),
	);
	console.log(`Memory after the build (facts held): heap ${mb(i.memory.heapUsedMB)}, RSS ${mb(i.memory.rssMB)}, peak RSS ${mb(i.memory.peakRssMB)}\n`);
	if (i.profile) printProfile('Ingest', i.profile);
}

export function printServe(s: ServeResult): void {
	const loadTotal = s.readMs + s.parseMs + s.validateMs + s.indexMs;
	console.log(
		table(
			['Load (bot start)', 'ms'],
			[
				['read facts.json', ms(s.readMs)],
				['JSON.parse', ms(s.parseMs)],
				['zod validation (factsSchema)', ms(s.validateMs)],
				['FactStore indexes (maps + MiniSearch)', ms(s.indexMs)],
				['total', ms(loadTotal)],
			],
		),
	);
	console.log(`Memory after load (collected): heap ${mb(s.loaded.heapUsedMB)} (${mb(s.loaded.heapUsedMB - s.baseline.heapUsedMB)} for the store), RSS ${mb(s.loaded.rssMB)}, peak RSS while loading ${mb(s.loaded.peakRssMB)}\n`);
	console.log(
		table(
			['Query (ms)', 'runs', 'p50', 'p95', 'max', 'render p50', 'p95', 'max', 'matched'],
			s.queries.map((q) => [q.label, String(q.handle.n), ...lat(q.handle), ...lat(q.render), n0(q.matched)]),
		),
	);
	if (s.e2e) {
		console.log('');
		console.log(
			table(
				['Round trip via simulator (ms)', 'runs', 'p50', 'p95', 'max', 'deferred'],
				s.e2e.map((e) => [e.label, String(e.latency.n), ...lat(e.latency), String(e.deferred)]),
			),
		);
	}
	if (s.profile) {
		console.log('');
		printProfile('Load', s.profile);
	}
}

function printProfile(name: string, profile: ProfileSummary): void {
	console.log(table([`${name} profile: stage (inclusive)`, 'ms'], profile.stages.map((st) => [st.fn, ms(st.totalMs)])));
	console.log('');
	console.log(table([`${name} profile: hottest functions`, 'self ms', 'total ms'], profile.top.map((h) => [h.fn, ms(h.selfMs), ms(h.totalMs)])));
	for (const traced of profile.callers) {
		console.log('');
		console.log(table([`${name} profile: ${traced.fn} called from`, 'ms'], traced.from.map((c) => [c.caller, ms(c.ms)])));
	}
	console.log(`\n(raw profile: ${profile.file})\n`);
}

export function printScaling(results: SizeResult[]): void {
	const sizes = results.map((r) => n0(r.articles));
	const row = (label: string, f: (r: SizeResult) => number, fmt = ms) => [label, ...results.map((r) => fmt(f(r))), `×${(f(results.at(-1)!) / Math.max(1e-9, f(results[0]!))).toFixed(1)}`];
	const rows = [
		row('ingest total (ms)', (r) => r.ingest.readMs + r.ingest.hashMs + r.ingest.buildMs + r.ingest.stringifyMs + r.ingest.writeMs),
		row('  buildFacts (ms)', (r) => r.ingest.buildMs),
		row('facts.json (MB)', (r) => r.ingest.factsBytes / 1024 / 1024, n0),
		row('load total (ms)', (r) => r.serve.readMs + r.serve.parseMs + r.serve.validateMs + r.serve.indexMs),
		row('heap after load (MB)', (r) => r.serve.loaded.heapUsedMB, n0),
		row('RSS after load (MB)', (r) => r.serve.loaded.rssMB, n0),
		...results[0]!.serve.queries.map((q, k) => row(`${q.label} p95`, (r) => r.serve.queries[k]!.handle.p95 + (r.serve.queries[k]!.render?.p95 ?? 0))),
	];
	console.log(`\n=== Scaling (${sizes.join(' → ')} articles; query rows: handle p95 + render p95, ms) ===\n`);
	console.log(table(['', ...sizes, 'ratio'], rows));
}

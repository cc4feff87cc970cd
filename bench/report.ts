import type { ProfileSummary } from './profile.js';
import type { RunResult } from './run.js';

// The bench's one table, readable in a terminal and pasteable into the README: a column per engine and size, and
// per engine the ratio of its largest size to its smallest beside the ratio of articles, so growth shows at a glance.

export const n0 = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (!Number.isFinite(n) ? '–' : n >= 100 ? n0(n) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const s1 = (millis: number) => (millis / 1000).toFixed(1);
const ENGINE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;
const short = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

export function table(headers: string[], rows: string[][]): string {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	// The first column is text (left), the others numbers (right); a row of one cell is a section heading.
	const line = (cells: string[]) =>
		cells.length === 1 ? cells[0]! : cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface Row {
	label: string;
	value: (r: RunResult) => number;
	format?: (n: number) => string;
}

const p99 = (label: string, of: string, part: 'handle' | 'render' = 'handle'): Row => ({
	label,
	value: (r) => r.serve.queries.find((q) => q.label === of)?.[part]?.p99 ?? Number.NaN,
});

/** Keyed lookups, then text search and autocomplete, then everything else the bench times. */
const KEYED = ['quote speaker=surname', 'quote speaker=full name', 'met person', 'met person+with', 'who name', 'timeline person', 'timeline'];
const SEARCH = ['search text', 'facts word (search)'];

function rowsFor(results: RunResult[]): (Row | string)[] {
	const labels = results[0]!.serve.queries.map((q) => q.label);
	const autocomplete = labels.filter((l) => l.startsWith('autocomplete'));
	const others = labels.filter((l) => !KEYED.includes(l) && !SEARCH.includes(l) && !autocomplete.includes(l));
	const max = (values: number[]) => Math.max(...values);
	return [
		'Corpus',
		{ label: '  articles', value: (r) => r.articles, format: n0 },
		{ label: '  text (MB)', value: (r) => r.textMB, format: (n) => n.toFixed(1) },
		'Ingest (npm run ingest)',
		{ label: '  worker threads (one per free core)', value: (r) => r.ingest.workers, format: n0 },
		{ label: '  wall (s)', value: (r) => r.ingest.wallMs, format: s1 },
		{ label: '  MB/s of text', value: (r) => r.textMB / (r.ingest.wallMs / 1000), format: (n) => n.toFixed(2) },
		{ label: '  processor (s, all threads)', value: (r) => r.ingest.cpuMs, format: s1 },
		{ label: '  peak RSS (MB)', value: (r) => r.ingest.peakRssMB, format: n0 },
		{ label: '  database file (MB)', value: (r) => r.ingest.storeMB ?? Number.NaN, format: (n) => (Number.isFinite(n) ? n0(n) : 'server') },
		'Cold start to first answer (median, ms)',
		{ label: '  node -e 0', value: (r) => r.coldStart.nodeMs, format: n0 },
		{ label: '  CLI ask who <name>', value: (r) => r.coldStart.askMs, format: n0 },
		{ label: '  ask − node -e 0', value: (r) => r.coldStart.askMs - r.coldStart.nodeMs, format: n0 },
		{ label: '  bot: open the store', value: (r) => r.serve.openMs },
		'Resident memory of the bot (MB)',
		{ label: '  after opening', value: (r) => r.serve.opened.rssMB, format: n0 },
		{ label: '  after every query', value: (r) => r.serve.queried.rssMB, format: n0 },
		{ label: '  peak', value: (r) => r.serve.queried.peakRssMB, format: n0 },
		'Store calls (the contract, no answer built), p99 (ms)',
		...results[0]!.serve.calls.map((c, k): Row => ({ label: `  ${c.label}`, value: (r) => r.serve.calls[k]?.latency.p99 ?? Number.NaN })),
		'Keyed commands, p99 (ms)',
		...KEYED.filter((l) => labels.includes(l)).map((l) => p99(`  ${l}`, l)),
		'Text search and autocomplete commands, p99 (ms)',
		...SEARCH.filter((l) => labels.includes(l)).map((l) => p99(`  ${l}`, l)),
		...autocomplete.map((l) => p99(`  ${l}`, l)),
		'Other commands, p99 (ms)',
		...others.map((l) => p99(`  ${l}`, l)),
		{ label: '  render an embed, slowest case', value: (r) => max(r.serve.queries.map((q) => q.render?.p99 ?? 0)) },
		...(results[0]!.serve.e2e
			? [
					'Round trips through the local Discord simulator, p99 (ms)',
					...results[0]!.serve.e2e.map((e, k): Row => ({ label: `  ${e.label}`, value: (r) => r.serve.e2e?.[k]?.latency.p99 ?? Number.NaN })),
				]
			: []),
		'Live archive',
		{ label: '  added article answerable (ms, slowest)', value: (r) => max(r.serve.addedMs), format: n0 },
	];
}

/** Prints the one table: a column per engine and size, and a ratio column per engine with more than one size. */
export function printTable(results: RunResult[]): void {
	if (!results.length) return;
	const engines = [...new Set(results.map((r) => r.engine))];
	const columns: { header: string; cell: (row: Row) => string }[] = [];
	for (const engine of engines) {
		const runs = results.filter((r) => r.engine === engine);
		for (const r of runs) columns.push({ header: `${ENGINE_NAMES[engine]} ${short(r.articles)}`, cell: (row) => (row.format ?? ms)(row.value(r)) });
		if (runs.length > 1) {
			const [first, last] = [runs[0]!, runs.at(-1)!];
			columns.push({
				header: `ratio (×${n0(last.articles / first.articles)})`,
				cell: (row) => {
					const ratio = row.value(last) / row.value(first);
					return Number.isFinite(ratio) ? `×${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}` : '';
				},
			});
		}
	}
	const rows = rowsFor(results).map((row) => (typeof row === 'string' ? [row] : [row.label, ...columns.map((c) => c.cell(row))]));
	console.log(`\n${table(['', ...columns.map((c) => c.header)], rows)}`);
	console.log('\nCommands: the handler as the router calls it (resolving names, reading up to 60 records, building the answer), before rendering;');
	console.log('p99 of up to --runs runs per case.');
}

export function printProfile(name: string, profile: ProfileSummary): void {
	console.log(`\n${table([`${name}: stage (inclusive)`, 'ms'], profile.stages.map((st) => [st.fn, ms(st.totalMs)]))}\n`);
	console.log(table([`${name}: hottest functions`, 'self ms', 'total ms'], profile.top.map((h) => [h.fn, ms(h.selfMs), ms(h.totalMs)])));
	for (const traced of profile.callers) console.log(`\n${table([`${name}: ${traced.fn} called from`, 'ms'], traced.from.map((c) => [c.caller, ms(c.ms)]))}`);
	console.log(`\n(raw profile: ${profile.file})`);
}

import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { applyArticleChanges, describeReport } from '../src/store/ingest.js';
import { buildStore } from '../src/store/open.js';
import { isPostgresUrl } from '../src/store/postgres/open.js';
import { PostgresFactStore } from '../src/store/postgres/store.js';
import { MB, memory } from './measure.js';
import { type ProfileSummary, profiled, summarise } from './profile.js';

// One bench phase in its own process, so its memory is its own: what `npm run ingest` does, on either engine.
//   node scripts/run.mjs bench/phase-ingest.ts --articles DIR --store FILE|postgres://URL [--profile FILE.cpuprofile]

export interface IngestResult {
	/** Worker threads that extracted: one per core that the machine's other work left free at the start. */
	workers: number;
	wallMs: number;
	/** Processor time of the whole process, worker threads included. */
	cpuMs: number;
	peakRssMB: number;
	/** The database file with its journal; null for a server. */
	storeMB: number | null;
	report: string;
	counts: string;
	profile?: ProfileSummary;
}

/** Where the ingest's own thread spends its time when profiled (extraction runs on worker threads). */
const STAGES = [
	'applyArticleChanges',
	'apply',
	'insertItems',
	'insertArticle',
	'decideSurnames',
	'refoldEntities',
	'relinkEvents',
	'extractFile',
	'(garbage collector)',
];

async function main(): Promise<IngestResult> {
	const { values } = parseArgs({ options: { articles: { type: 'string' }, store: { type: 'string' }, profile: { type: 'string' } } });
	const [dir, location] = [values.articles!, values.store!];
	let workers = 0;
	const ingest = async () => {
		// Decided once and passed on, so that the figure printed is the one used; loaded here, as the ingest loads it.
		workers = (await import('../src/store/extract.js')).defaultWorkers();
		if (!isPostgresUrl(location)) return buildStore(location, dir, { workers });
		const store = await PostgresFactStore.open(location);
		return { store, report: await applyArticleChanges(store, dir, { workers }) };
	};
	const cpu = process.cpuUsage();
	const started = performance.now();
	let profile: ProfileSummary | undefined;
	let done: Awaited<ReturnType<typeof ingest>>;
	if (values.profile) {
		const run = await profiled(ingest);
		done = run.result;
		profile = summarise(run.profile, values.profile, STAGES, ['insertItems']);
	} else done = await ingest();
	const wallMs = performance.now() - started;
	const used = process.cpuUsage(cpu);
	const { store, report } = done;
	const counts = await store.counts();
	await store.close();
	const size = (file: string) => {
		try {
			return statSync(file).size;
		} catch {
			return 0;
		}
	};
	const storeMB = isPostgresUrl(location) ? null : ['', '-wal'].reduce((sum, suffix) => sum + size(`${location}${suffix}`), 0) / MB;
	return {
		workers,
		wallMs,
		cpuMs: (used.user + used.system) / 1000,
		peakRssMB: memory().peakRssMB,
		storeMB,
		report: describeReport(report),
		counts,
		...(profile ? { profile } : {}),
	};
}

process.send!(await main());

import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, relative } from 'node:path';

// CPU profiles without extra tools: V8's sampling profiler through node:inspector, summarised as the functions
// that take the most time themselves (self) and with what they call (total).

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}

export interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface HotSpot {
	fn: string;
	selfMs: number;
	totalMs: number;
}

const ROOT = process.cwd();

function label(frame: ProfileNode['callFrame']): string {
	const name = frame.functionName || '(anonymous)';
	if (!frame.url) return name;
	const path = frame.url.startsWith('file://') ? relative(ROOT, new URL(frame.url).pathname) : frame.url;
	return `${name} ${path.replace(/^(?:.*\/)?node_modules\//, '')}:${frame.lineNumber + 1}`;
}

/** A regular expression's source can run to hundreds of characters; its start is enough to find it. */
const short = (fn: string) => (fn.length > 100 ? `${fn.slice(0, 99)}…` : fn);

/** Functions by self time, with their inclusive time; (idle), (program) and the GC are kept, as they cost too. */
export function hotSpots(profile: CpuProfile, top = 15): HotSpot[] {
	const parent = new Map<number, number>();
	const byId = new Map<number, ProfileNode>();
	for (const node of profile.nodes) {
		byId.set(node.id, node);
		for (const child of node.children ?? []) parent.set(child, node.id);
	}
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const ms = (profile.timeDeltas[i] ?? 0) / 1000;
		const leaf = byId.get(id)!;
		self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + ms);
		// Each function once per sample, so recursion does not count twice.
		const seen = new Set<string>();
		for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) seen.add(label(byId.get(node)!.callFrame));
		for (const fn of seen) total.set(fn, (total.get(fn) ?? 0) + ms);
	});
	return [...self.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, top)
		.map(([fn, selfMs]) => ({ fn: short(fn), selfMs, totalMs: total.get(fn) ?? selfMs }));
}

/** Inclusive time of every function whose label contains one of `names` (e.g. stages of the extraction). */
export function inclusive(profile: CpuProfile, names: string[]): { fn: string; totalMs: number }[] {
	const all = hotSpots(profile, Number.POSITIVE_INFINITY);
	return names.map((name) => {
		const hit = all.filter((h) => h.fn === name || h.fn.startsWith(`${name} `)).sort((a, b) => b.totalMs - a.totalMs)[0];
		return { fn: hit?.fn ?? name, totalMs: hit?.totalMs ?? 0 };
	});
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Generated line → segments [generated column, original line], from a source map's VLQ mappings. */
function decodeMappings(mappings: string): [number, number][][] {
	const lines: [number, number][][] = [];
	let srcLine = 0;
	for (const line of mappings.split(';')) {
		const segments: [number, number][] = [];
		let col = 0;
		for (const segment of line.split(',')) {
			if (!segment) continue;
			const fields: number[] = [];
			let value = 0;
			let shift = 0;
			for (const ch of segment) {
				const digit = B64.indexOf(ch);
				value += (digit & 31) << shift;
				if (digit & 32) shift += 5;
				else {
					fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			col += fields[0] ?? 0;
			if (fields.length >= 4) srcLine += fields[2]!;
			segments.push([col, srcLine]);
		}
		lines.push(segments);
	}
	return lines;
}

function originalLine(segments: [number, number][] | undefined, column: number): number | null {
	if (!segments?.length) return null;
	let lo = 0;
	let hi = segments.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (segments[mid]![0] <= column) lo = mid;
		else hi = mid - 1;
	}
	return segments[lo]![1];
}

/**
 * tsx hands V8 each file transpiled onto few lines, so profile positions are columns of generated code. The inline
 * source maps V8 reports for every loaded script turn them back into lines of the .ts files.
 */
async function mapToSources(session: Session, profile: CpuProfile): Promise<void> {
	const maps = new Map<string, [number, number][][]>();
	session.on('Debugger.scriptParsed', ({ params }) => {
		const prefix = 'data:application/json;base64,';
		if (!params.url.startsWith(`file://${ROOT}`) || !params.sourceMapURL?.startsWith(prefix)) return;
		const map = JSON.parse(Buffer.from(params.sourceMapURL.slice(prefix.length), 'base64').toString('utf8')) as { mappings: string };
		maps.set(params.url, decodeMappings(map.mappings));
	});
	await session.post('Debugger.enable');
	await session.post('Debugger.disable');
	for (const node of profile.nodes) {
		const frame = node.callFrame;
		const line = originalLine(maps.get(frame.url)?.[frame.lineNumber], frame.columnNumber);
		if (line === null) continue;
		// Columns of generated code mean nothing in the .ts file; DevTools then opens the right line.
		frame.lineNumber = line;
		frame.columnNumber = 0;
	}
}

/** Where the time of `name` (inclusive) comes from: its time split by the function that called it. */
export function callers(profile: CpuProfile, name: string): { caller: string; ms: number }[] {
	const parent = new Map<number, number>();
	const byId = new Map<number, ProfileNode>();
	for (const node of profile.nodes) {
		byId.set(node.id, node);
		for (const child of node.children ?? []) parent.set(child, node.id);
	}
	const matches = (id: number) => {
		const fn = label(byId.get(id)!.callFrame);
		return fn === name || fn.startsWith(`${name} `);
	};
	const out = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		// The outermost call of `name` on this stack, and whoever called it.
		let outer: number | undefined;
		for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) if (matches(node)) outer = node;
		if (outer === undefined) return;
		const up = parent.get(outer);
		const caller = up === undefined ? '(root)' : short(label(byId.get(up)!.callFrame));
		out.set(caller, (out.get(caller) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	return [...out].map(([caller, ms]) => ({ caller, ms })).sort((a, b) => b.ms - a.ms);
}

/** Runs `work` (awaited) under the sampling profiler and returns its result with the profile, positions in .ts lines. */
export async function profiled<T>(work: () => T | Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.setSamplingInterval', { interval: 500 });
	await session.post('Profiler.start');
	try {
		const result = await work();
		const { profile } = await session.post('Profiler.stop');
		const cpu = profile as unknown as CpuProfile;
		await mapToSources(session, cpu);
		return { result, profile: cpu };
	} finally {
		session.disconnect();
	}
}

export interface ProfileSummary {
	/** The raw profile, for Chrome DevTools (Performance → Load profile) or speedscope. */
	file: string;
	top: HotSpot[];
	stages: { fn: string; totalMs: number }[];
	callers: { fn: string; from: { caller: string; ms: number }[] }[];
}

/** Saves the profile under `file` and summarises it: hottest functions, `stages` inclusive, who calls `traced`. */
export function summarise(profile: CpuProfile, file: string, stages: string[], traced: string[]): ProfileSummary {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(profile));
	return {
		file: relative(ROOT, file),
		top: hotSpots(profile, 20),
		stages: inclusive(profile, stages),
		callers: traced.map((fn) => ({ fn, from: callers(profile, fn).slice(0, 6) })),
	};
}

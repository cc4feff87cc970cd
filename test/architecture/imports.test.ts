import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers import only downwards: text → lexicon → extract → facts → answer → transports. A cycle between files
// (type imports included) makes each file unreadable without the other; the command line must start without
// loading the Discord client.

const ROOTS = ['src', 'commands'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
	});
}

interface Import {
	target: string;
	typeOnly: boolean;
}

const IMPORT = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

/** The imports of a file: a relative path resolved to a file under the project, a package by its name. */
function importsOf(file: string): Import[] {
	return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([statement, type, spec]) => {
		// "import { type A, type B } from": only types, erased at run time.
		const names =
			/\{([^}]*)\}/
				.exec(statement)?.[1]
				?.split(',')
				.map((n) => n.trim())
				.filter(Boolean) ?? [];
		const typeOnly = !!type || (names.length > 0 && names.every((n) => n.startsWith('type ')) && !/^import\s+\w+\s*,/.test(statement));
		const target = spec!.startsWith('.')
			? normalize(join(dirname(file), spec!.replace(/\.js$/, '.ts')))
			: spec!
					.split('/')
					.slice(0, spec!.startsWith('@') ? 2 : 1)
					.join('/');
		return { target, typeOnly };
	});
}

const files = ROOTS.flatMap(sourceFiles);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

function findCycle(): string[] | null {
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (file: string): string[] | null => {
		state.set(file, 'open');
		path.push(file);
		for (const { target } of graph.get(file) ?? []) {
			if (!graph.has(target)) continue;
			if (state.get(target) === 'open') return [...path.slice(path.indexOf(target)), target];
			const found = state.has(target) ? null : visit(target);
			if (found) return found;
		}
		path.pop();
		state.set(file, 'done');
		return null;
	};
	for (const file of graph.keys()) {
		const found = state.has(file) ? null : visit(file);
		if (found) return found;
	}
	return null;
}

/** Everything loaded at run time when `entry` starts: type-only imports are erased. */
function runtimeClosure(entry: string): Set<string> {
	const seen = new Set<string>();
	const queue = [entry];
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const { target, typeOnly } of graph.get(file) ?? []) if (!typeOnly) queue.push(target);
	}
	return seen;
}

const importsUnder = (dir: string) => files.filter((f) => f.startsWith(`${dir}/`)).flatMap((f) => graph.get(f)!.map((i) => ({ file: f, target: i.target })));

describe('import graph', () => {
	it('GIVEN every source file THEN it reads the imports of the real files (the graph is not empty)', () => {
		expect(graph.get('src/extract/attribution.ts')!.map((i) => i.target)).toContain('src/extract/statements.ts');
		expect(runtimeClosure('src/cli/ask.ts')).toContain('commands/index.ts');
	});

	it('GIVEN the files of src/ and commands/ THEN no import cycle, type imports included', () => {
		expect(findCycle()).toBeNull();
	});

	it('GIVEN the command line (ask, ingest, eval) THEN it never loads discord.js', () => {
		for (const entry of ['src/cli/ask.ts', 'src/cli/ingest.ts', 'src/cli/eval.ts']) {
			const closure = runtimeClosure(entry);
			expect(closure.has('discord.js'), entry).toBe(false);
			expect(
				[...closure].filter((f) => f.startsWith('src/discord/')),
				entry,
			).toEqual([]);
		}
		// npm start loads the Discord client only when there is a token to log in with; the bot on the gateway does load
		// it: the check sees through the graph.
		expect(runtimeClosure('src/main.ts').has('discord.js')).toBe(false);
		expect(runtimeClosure('src/discord/bot.ts').has('discord.js')).toBe(true);
	});

	it('GIVEN the command line that answers (ask) THEN it loads neither the extractor, YAML, the store writer nor the page fetcher', () => {
		const closure = runtimeClosure('src/cli/ask.ts');
		// It does load the commands and the store: the check sees through the graph.
		expect(closure).toContain('commands/article.ts');
		expect(closure).toContain('src/store/sqlite/store.ts');
		const heavy = [...closure].filter((f) => /^src\/(?:extract\/(?!version|topics)|live\/)|^yaml$|^src\/store\/(?:extract|sqlite\/write)/.test(f));
		expect(heavy).toEqual([]);
	});

	it('GIVEN the lower layers THEN they import nothing above them', () => {
		const allowed: Record<string, (target: string) => boolean> = {
			'src/text': (t) => t.startsWith('src/text/') || t.startsWith('node:'),
			'src/lexicon': (t) => t.startsWith('src/lexicon/') || t.startsWith('src/text/'),
			'src/extract': (t) => /^src\/(?:text|lexicon|extract)\//.test(t) || t === 'src/facts/schema.ts' || t === 'src/articles/read.ts',
		};
		for (const [dir, ok] of Object.entries(allowed))
			expect(
				importsUnder(dir).filter((i) => !ok(i.target)),
				dir,
			).toEqual([]);
		expect(graph.get('src/facts/schema.ts')!.map((i) => i.target)).toEqual(['zod']);
	});
});

describe('source lines', () => {
	// Every file of src, commands, bench and test.
	const LINE_ROOTS = ['src', 'commands', 'bench', 'test'];

	// A tab counts as 4 characters, as wide as an editor shows it.
	const width = (line: string) => line.replace(/\t/g, '    ').length;

	it('GIVEN src, commands, bench and test THEN no line is over 160 characters, a tab counting 4', () => {
		const checked = LINE_ROOTS.flatMap(sourceFiles);
		for (const root of LINE_ROOTS) expect(checked.filter((f) => f.startsWith(`${root}/`)).length, root).toBeGreaterThan(0);
		expect(checked.length).toBeGreaterThan(150);
		const long = checked.flatMap((f) =>
			readFileSync(f, 'utf8')
				.split('\n')
				.flatMap((line, i) => (width(line) > 160 ? [`${f}:${i + 1}`] : [])),
		);
		expect(long).toEqual([]);
	});
});

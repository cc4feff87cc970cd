// node scripts/run.mjs ENTRY.ts [ARGS…]: runs one of the app's entry points (npm start, ask, ingest…) from JavaScript
// compiled from src/ and commands/ into node_modules/.cache/factdesk, each file again only when it changed. Node then
// loads plain JavaScript: through tsx, every module of the app and of its packages passes through a loader thread,
// which tripled the command line's start-up. The compiled tree mirrors the sources, so relative imports and
// import.meta.url keep their meaning; tests and tools still run the TypeScript itself (vitest, tsx).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** bench/ too: the bench's ingest runs compiled, as `npm run ingest` does. */
const SOURCES = ['src', 'commands', 'bench'];
const OUT = join(ROOT, 'node_modules', '.cache', 'factdesk');
const MANIFEST = join(OUT, 'manifest.json');
/**
 * How each file is compiled. Node 20 has the Unicode property escapes of patterns ("\p{Lu}"), which esbuild would
 * otherwise rewrite as `new RegExp(…)`, built anew on every call of the function holding the pattern. The options are
 * part of each file's stamp, so a change to them compiles everything again.
 */
const TRANSFORM = { loader: 'ts', format: 'esm', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, sourcemap: 'inline' };
const TRANSFORM_KEY = JSON.stringify(TRANSFORM);

/** Every TypeScript source, with what tells a changed one: its size and time. */
function sources() {
	const found = new Map();
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.ts')) {
				const { size, mtimeMs } = statSync(path);
				found.set(relative(ROOT, path), `${size}:${mtimeMs}:${TRANSFORM_KEY}`);
			}
		}
	};
	for (const dir of SOURCES) walk(join(ROOT, dir));
	return found;
}

function readManifest() {
	try {
		return new Map(Object.entries(JSON.parse(readFileSync(MANIFEST, 'utf8'))));
	} catch {
		return new Map();
	}
}

/** Writes by renaming a finished file into place, so a process starting meanwhile never reads half a file. */
function writeAtomic(path, text) {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

const compiledPath = (source) => join(OUT, source.replace(/\.ts$/, '.js'));

/** Compiles the sources that changed since the last run and drops those that are gone. */
async function compileChanged() {
	const now = sources();
	const before = readManifest();
	const changed = [...now].filter(([file, stamp]) => before.get(file) !== stamp).map(([file]) => file);
	const gone = [...before.keys()].filter((file) => !now.has(file));
	if (changed.length === 0 && gone.length === 0) return;
	const { transform } = await import('esbuild');
	const tsconfigRaw = readFileSync(join(ROOT, 'tsconfig.json'), 'utf8');
	writeAtomic(join(OUT, 'package.json'), '{ "type": "module" }\n');
	await Promise.all(
		changed.map(async (file) => {
			const source = readFileSync(join(ROOT, file), 'utf8');
			// The inline map points stack traces at the TypeScript lines.
			const { code } = await transform(source, { ...TRANSFORM, sourcefile: join(ROOT, file), tsconfigRaw });
			writeAtomic(compiledPath(file), code);
		}),
	);
	for (const file of gone) rmSync(compiledPath(file), { force: true });
	writeAtomic(MANIFEST, `${JSON.stringify(Object.fromEntries(now))}\n`);
}

const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith('.ts')) {
	console.error('usage: node scripts/run.mjs ENTRY.ts [ARGS…]');
	process.exit(2);
}
try {
	await compileChanged();
} catch (error) {
	// esbuild names the file, line and column of a syntax error.
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
process.setSourceMapsEnabled(true);
// The entry sees itself as the program, as it would when run directly (src/cli/ask.ts checks process.argv[1]).
const program = compiledPath(relative(ROOT, resolve(entry)));
process.argv.splice(1, process.argv.length, program, ...args);
await import(pathToFileURL(program).href);

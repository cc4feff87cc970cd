import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../../src/extract/events/triggers.js';

// The event words run over every sentence of every article, so a pattern must not try a lookbehind at every
// character: one opens with a word boundary, a word or a lookahead that says where the lookbehind is worth trying.

describe('trigger patterns', () => {
	it.each(TRIGGERS.map((t) => [t.id, t.re.source]))('%s does not open with a lookbehind', (_id, source) => {
		expect(source).not.toMatch(/^\(\?<[=!]/);
	});
});

// A sentence is read with a trigger's pattern only when it holds one of the trigger's words: a word missing from the
// list would lose every event the pattern finds with it. Every line of every fixture article is checked.
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const LINES = readdirSync(FIXTURES, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) => {
		const dir = join(FIXTURES, d.name, 'articles');
		let files: string[];
		try {
			files = readdirSync(dir);
		} catch {
			return [];
		}
		return files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/));
	});

describe('trigger words', () => {
	it.each(TRIGGERS.map((t) => [t.id, t]))('%s lists words in lower case, letters only', (_id, t) => {
		expect(t.words.length).toBeGreaterThan(0);
		for (const word of t.words) expect(word).toMatch(/^[a-z]+$/);
	});

	it('GIVEN every line of the fixture articles THEN each line a pattern matches holds one of its words', () => {
		expect(LINES.length).toBeGreaterThan(1000);
		const missed: string[] = [];
		for (const line of LINES) {
			const words = new Set(line.toLowerCase().match(/[a-z]+/g));
			for (const t of TRIGGERS) {
				t.re.lastIndex = 0;
				if (t.re.test(line) && !t.words.some((w) => words.has(w))) missed.push(`${t.id}: ${line.slice(0, 120)}`);
			}
		}
		expect(missed).toEqual([]);
	});
});

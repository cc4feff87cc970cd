import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { ask } from '../../src/ask/ask.js';
import { indexText, matchesTerm, stem, type Term, termsOf } from '../../src/ask/relevance.js';
import { ingest } from '../../src/facts/build-folder.js';
import { MemoryFactStore } from '../../src/facts/store.js';

const facts = ingest('test/fixtures/corpus/articles').facts;
const seeds = new MemoryFactStore(ingest('data/articles').facts);

/** The match as it was before any text is skipped: every word stemmed, every phrase looked for. */
function matchesByStems(term: Term, text: string): boolean {
	const indexed = indexText(text);
	if (term.stems.some((s) => indexed.stems.has(s))) return true;
	return term.phrases.some((p) => (p.includes(' ') || p.includes('.') ? indexed.text.includes(` ${p} `) : indexed.stems.has(stem(p))));
}

describe('matching a question word against a text', () => {
	// Regular and irregular inflections, "ies" for "y", synonyms, a country's adjective, phrases with dots and spaces.
	const questions = ['sanctions policies', 'who died', 'troops sent', 'the us economy', 'ceasefire talks', 'her father', 'chinese trade', 'jobless rate'];

	it('GIVEN every sentence of the development corpus THEN a text is skipped unstemmed only when it could not match', () => {
		const sentences = facts.sentences.map((s) => s.span.text);
		let matched = 0;
		for (const term of questions.flatMap(termsOf)) {
			for (const text of sentences) {
				const expected = matchesByStems(term, text);
				expect(matchesTerm(term, indexText(text)), `${term.word} in ${text}`).toBe(expected);
				if (expected) matched++;
			}
		}
		// The comparison covers texts that match, not only texts that do not.
		expect(matched).toBeGreaterThan(100);
	});

	it('GIVEN forms no suffix rule reaches THEN they match through their cues', () => {
		const [died] = termsOf('died');
		expect(matchesTerm(died!, indexText('Three people were dead by morning.'))).toBe(true);
		const [policy] = termsOf('policy');
		expect(matchesTerm(policy!, indexText('Both policies were dropped.'))).toBe(true);
		const [us] = termsOf('us');
		expect(matchesTerm(us!, indexText('The U.S. imposed them.'))).toBe(true);
		expect(matchesTerm(us!, indexText('Canada imposed them.'))).toBe(false);
		// "Interest rates" as a central bank's decision is worded without "interest".
		const [interest] = termsOf('interest rates');
		expect(matchesTerm(interest!, indexText('This is not the backdrop for a central bank to even consider raising rates, he said.'))).toBe(true);
		expect(matchesTerm(interest!, indexText('It increases the chance of rate hikes this year.'))).toBe(true);
		expect(matchesTerm(interest!, indexText('The unemployment rate rose.'))).toBe(false);
	});
});

describe('names in a question', () => {
	it('GIVEN two letters of a surname swapped ("lavorv") THEN it is read as the one person it is close to, and the reading says so', async () => {
		const { reading, answer } = await ask(seeds, 'what did lavorv say abt the american alliances');
		expect(reading.text).toBe('Quotes by Sergei Lavrov about american alliances (“lavorv” read as Sergei Lavrov)');
		expect(answer.items.map((i) => i.text).join(' ')).toContain('anti-Chinese');
	});

	it('GIVEN a title many people hold THEN the reading names two of them and counts the others; a few are all named', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'factdesk-titles-'));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		writeCorpus(dir, 150, 1);
		const generated = new MemoryFactStore(ingest(dir).facts);
		const many = await ask(generated, 'who is the finance minister');
		expect(many.reading.text).toMatch(/^Who is [\w -]+ \(“finance minister” read as [\w -]+, [\w -]+ and \d+ others\)$/);
		const few = await ask(seeds, 'who is the foreign minister');
		expect(few.reading.text).toBe('Who is Sergei Lavrov (“foreign minister” read as Sergei Lavrov and Wang Yi)');
	});
});


import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD, tokenize } from '../../src/extract/tokens.js';

// tokenize reads words character by character; WORD is what a word is. The two must find the same words (their dots
// and possessives aside, which tokenize decides after).

/** The words WORD finds, as start-end pairs. */
const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => `${m.index}-${m.index + m[0].length}`);
/** The words tokenize finds, before a dot is kept: its end is where the pattern's match ends. */
const byTokens = (text: string) => tokenize(text).map((t) => `${t.start}-${text[t.end - 1] === '.' && t.text.endsWith('.') ? t.end - 1 : t.end}`);

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ARTICLES = readdirSync(FIXTURES, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) => {
		try {
			return readdirSync(join(FIXTURES, d.name, 'articles')).map((f) => readFileSync(join(FIXTURES, d.name, 'articles', f), 'utf8'));
		} catch {
			return [];
		}
	});

describe('tokenize', () => {
	it.each([
		['PG&E and AT&T’s deal', ['PG&E', 'and', 'AT&T', 'deal']],
		['Wal\u00adcott met al-Busaidi in the U.S. on Jan. 3', ['Wal\u00adcott', 'met', 'al-Busaidi', 'in', 'the', 'U.S.', 'on', 'Jan.', '3']],
		['Kelce‘s 3.5% rise, R-Mo.', ['Kelce', '3.5', 'rise', 'R-Mo.']],
		['Sergéi  Lavrov’s 𝐀&𝐁 talks', ['Sergéi', 'Lavrov', '𝐀&𝐁', 'talks']],
	])('GIVEN %j THEN its words are %j', (text, words) => {
		expect(tokenize(text).map((t) => t.text)).toEqual(words);
	});

	it('GIVEN every fixture article and random text THEN tokenize finds the words WORD finds', () => {
		expect(ARTICLES.length).toBeGreaterThan(100);
		const alphabet = ['a', 'B', 'É', 'é', '1', '٣', '\u0301', '\u00ad', '.', "'", '’', '‘', '-', '&', ' ', 'Ж', 'ж', '𝐀', '😀', '\n', 'ǅ', 'Ⅻ'];
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const randomText = () => Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
		const texts = Array.from({ length: 5000 }, randomText);
		const differ = [...ARTICLES, ...texts].filter((text) => byTokens(text).join() !== byPattern(text).join());
		expect(differ).toEqual([]);
	});
});

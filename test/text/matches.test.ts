import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/matches.js';

const same = (re: RegExp, text: string) => {
	const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
	expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(expected);
	// The pattern is left ready for its next use.
	expect(re.lastIndex).toBe(0);
};

describe('allMatches', () => {
	it.each([
		[/\btalks\s+with\b/g, 'held talks with Xi, then talks  with Modi'],
		[/(\d+)-(day|week)/g, 'a 3-day visit after a 2-week pause'],
		[/x*/g, 'axxb'],
		[/x*/gu, 'a😀xb'],
		[/(?=\p{Lu})/gu, 'Ab Cd 😀 Ef'],
		[/nothing/g, 'no match here'],
	])('gives what matchAll gives for %s', (re, text) => same(re, text));

	it('refuses a pattern without the g flag, as matchAll does', () => {
		expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
	});
});

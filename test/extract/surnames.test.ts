import { describe, expect, it } from 'vitest';
import { entityKey, fullNamesOf } from '../../src/extract/build.js';

// Whom a bare surname stands for across the archive, when its article names nobody in full with it.

const person = (name: string, aliases: string[] = [name]) => ({ name, kind: 'person' as const, aliases });
const archive = (...people: { key: string; aliases: string[]; articles: number }[]) => () => fullNamesOf(people);

describe('entityKey: a bare surname across articles', () => {
	it('GIVEN one person named in full with the surname THEN that person', () => {
		expect(entityKey(person('Lavrov'), archive({ key: 'sergei-lavrov', aliases: ['Sergei Lavrov'], articles: 1 }))).toBe('sergei-lavrov');
	});

	it('GIVEN several THEN the one carrying the title the surname is written with', () => {
		const people = archive(
			{ key: 'donald-trump', aliases: ['Donald Trump', 'President Donald Trump'], articles: 1 },
			{ key: 'melania-trump', aliases: ['Melania Trump', 'first lady Melania Trump'], articles: 1 },
		);
		expect(entityKey(person('Trump', ['Trump', 'President Trump']), people)).toBe('donald-trump');
		expect(entityKey(person('Trump', ['Trump', 'first lady Trump']), people)).toBe('melania-trump');
	});

	it('GIVEN an honorific of one gender THEN never a person named in full whose name shows the other', () => {
		const couple = archive(
			{ key: 'melania-trump', aliases: ['Melania Trump', 'Mrs. Trump'], articles: 1 },
			{ key: 'donald-trump', aliases: ['Donald Trump'], articles: 1 },
		);
		expect(entityKey(person('Trump', ['Trump', 'Mr. Trump']), couple)).toBe('donald-trump');
		expect(entityKey(person('Trump', ['Trump', 'Mr. Trump']), archive({ key: 'melania-trump', aliases: ['Melania Trump'], articles: 4 }))).toBe('trump');
		expect(entityKey(person('Wong', ['Wong', 'Mrs Wong']), archive({ key: 'peter-wong', aliases: ['Peter Wong'], articles: 1 }))).toBe('wong');
	});

	it('GIVEN several and no title THEN the one the archive names three times as often, in three articles or more', () => {
		const dominant = archive(
			{ key: 'donald-trump', aliases: ['Donald Trump'], articles: 6 },
			{ key: 'donald-trump-jr', aliases: ['Donald Trump Jr.'], articles: 2 },
		);
		expect(entityKey(person('Trump'), dominant)).toBe('donald-trump');
		const close = archive(
			{ key: 'donald-trump', aliases: ['Donald Trump'], articles: 5 },
			{ key: 'donald-trump-jr', aliases: ['Donald Trump Jr.'], articles: 2 },
		);
		expect(entityKey(person('Trump'), close)).toBe('trump');
		const few = archive(
			{ key: 'ivan-lavrov', aliases: ['Ivan Lavrov'], articles: 2 },
			{ key: 'sergei-lavrov', aliases: ['Sergei Lavrov'], articles: 0 },
		);
		expect(entityKey(person('Lavrov'), few)).toBe('lavrov');
	});

	it('GIVEN the same person in several articles THEN one key, its aliases and articles summed', () => {
		const names = [
			{ key: 'a', aliases: ['A B'] },
			{ key: 'a', aliases: ['Mr. B'], articles: 2 },
		];
		expect(fullNamesOf(names)).toEqual([{ key: 'a', aliases: ['A B', 'Mr. B'], articles: 3 }]);
	});
});

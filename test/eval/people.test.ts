import { describe, expect, it } from 'vitest';
import { emptyPeopleScore, scorePeople } from '../../src/eval/people.js';
import type { Entity } from '../../src/facts/schema.js';

const BODY = 'President Barack Obama and his wife, Michelle Obama, met Senior officials. Obama said, and Mrs. Obama added.';
const span = (text: string) => ({ article: 'a', start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length, text });
const person = (name: string, aliases: string[], roles: string[]): Entity => ({
	key: name.toLowerCase().replace(/\W+/g, '-'),
	name,
	kind: 'person',
	aliases,
	roles: roles.map(span),
	mentions: [span(name)],
});
const GOLD = [
	{ name: 'Barack Obama', aliases: ['Obama', 'President Barack Obama'], role: 'President' },
	{ name: 'Michelle Obama', aliases: ['Mrs. Obama'], role: 'first lady' },
	{ name: 'Senior officials', aliases: [], role: null },
	{ name: 'Malia Obama', aliases: [], role: null },
];

describe('scorePeople', () => {
	it('GIVEN the people of an article THEN named people are found by full name, aliases naming another person and unsupported roles are wrong', () => {
		const score = emptyPeopleScore();
		const misses: string[] = [];
		const ours = [
			person('Barack Obama', ['Obama', 'President Barack Obama'], ['President']),
			person('Michelle Obama', ['Obama', 'Mrs. Obama'], ['President']),
		];
		scorePeople('a', BODY, GOLD, ours, score, misses);
		// "Senior officials" is a description and "Malia Obama" is not written in the body: neither is counted.
		expect(score.found).toEqual({ hit: 2, of: 2 });
		expect(score.aliases).toEqual({ hit: 3, of: 4 });
		expect(score.roles).toEqual({ hit: 1, of: 2 });
		expect(misses).toEqual([
			'person a Michelle Obama: alias "obama" names another person',
			'person a Michelle Obama: role "President" (annotated: first lady)',
		]);
	});

	it('GIVEN a role naming the country by its adjective or short form THEN it is the annotated role of that country', () => {
		const score = emptyPeopleScore();
		const misses: string[] = [];
		const gold = [{ name: 'Barack Obama', aliases: [], role: 'President of the United States' }];
		scorePeople('a', BODY, gold, [person('Barack Obama', [], ['American President', 'US President', 'Russian President'])], score, misses);
		expect(score.roles).toEqual({ hit: 2, of: 3 });
		expect(misses).toEqual(['person a Barack Obama: role "Russian President" (annotated: President of the United States)']);
	});

	it('GIVEN a role naming an office in full that the annotation abbreviates THEN it is that role', () => {
		const score = emptyPeopleScore();
		const gold = [{ name: 'Barack Obama', aliases: [], role: 'Democratic Gov. of Illinois' }];
		scorePeople('a', BODY, gold, [person('Barack Obama', [], ['Governor', 'Senator'])], score, []);
		expect(score.roles).toEqual({ hit: 1, of: 2 });
	});

	it('GIVEN a role without the word that makes the annotated title another office THEN it is not that role', () => {
		const score = emptyPeopleScore();
		const misses: string[] = [];
		const gold = [{ name: 'Barack Obama', aliases: [], role: 'former U.S. Trade Representative; Under Secretary of State' }];
		const roles = ['Trade Representative', 'Representative', 'U.S. Under Secretary', 'Secretary of State', 'Congressman'];
		scorePeople('a', BODY, gold, [person('Barack Obama', [], roles)], score, misses);
		expect(score.roles).toEqual({ hit: 2, of: 5 });
		expect(misses).toEqual([
			'person a Barack Obama: role "Representative" (annotated: former U.S. Trade Representative; Under Secretary of State)',
			'person a Barack Obama: role "Secretary of State" (annotated: former U.S. Trade Representative; Under Secretary of State)',
			'person a Barack Obama: role "Congressman" (annotated: former U.S. Trade Representative; Under Secretary of State)',
		]);
	});

	it('GIVEN a person we name otherwise, and an alias holding another person\'s full name THEN a miss for each', () => {
		const score = emptyPeopleScore();
		const misses: string[] = [];
		scorePeople('a', BODY, GOLD.slice(0, 2), [person('Barack Obama', ['Barack Obama and his wife, Michelle Obama'], [])], score, misses);
		expect(score.found).toEqual({ hit: 1, of: 2 });
		expect(score.aliases).toEqual({ hit: 0, of: 1 });
		expect(misses).toContain('person a not found by full name: Michelle Obama');
	});
});

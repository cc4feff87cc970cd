import { z } from 'zod';
import type { Entity } from '../facts/schema.js';
import { PARTICLES } from '../lexicon/names.js';
import { COUNTRIES, DEMONYMS } from '../lexicon/places.js';
import { OFFICE_MODIFIERS, SOLE_OFFICES, TITLE_WORDS } from '../lexicon/titles.js';
import { escapeRegExp } from '../text/matches.js';
import { normalize, words } from '../text/normalize.js';
import type { Ratio } from './meetings.js';

// People against a gold annotation, as `/who` shows them: each annotated person found under the full name the
// article gives; no alias that names another person of the article; each role shown one the article gives them.

export const goldPersonSchema = z.object({ name: z.string(), aliases: z.array(z.string()).default([]), role: z.string().nullable().optional() });
export type GoldPerson = z.infer<typeof goldPersonSchema>;

export interface PeopleScore {
	/** Annotated people named in the article by their full name (not descriptions or groups), with an entity of that name. */
	found: Ratio;
	/** Aliases shown for a found person, and of those how many are not another annotated person's name or alias. */
	aliases: Ratio;
	/** Roles shown for a found person, and of those how many the annotation's role or names of that person support. */
	roles: Ratio;
}

export const emptyPeopleScore = (): PeopleScore => ({ found: { hit: 0, of: 0 }, aliases: { hit: 0, of: 0 }, roles: { hit: 0, of: 0 } });

/** Words that open a description rather than a name: "The Prime Minister of Thailand", "One Indian official". */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'one', 'some', 'other', 'several', 'two', 'three']);

/** A person the annotation names, not a description of one or a group ("senior officials", "A and B"). */
function isNamed(person: GoldPerson): boolean {
	const parts = person.name.split(/\s+/);
	if (DESCRIPTION_OPENERS.has(parts[0]!.toLowerCase())) return false;
	return parts.every((part) => /^\p{Lu}/u.test(part) || PARTICLES.has(part.replace(/-$/, '')));
}

/** Words a role is written with that say nothing of who holds it. */
const EMPTY_ROLE_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'to', 'in', 'at', 'on']);

/** The country a word names or is the adjective of ("ukrainian", "us" → the country), if any. */
const countryOf = (word: string) => DEMONYMS.get(word) ?? COUNTRIES.get(word);

/**
 * Whether a word of a role is one of the `supported` words, the same office written another way ("Governor" for
 * "Gov."), or names the same country as one of them or all of them do ("Ukrainian President" for "President of
 * Ukraine", "US" for "United States").
 */
function supports(supported: ReadonlySet<string>, word: string): boolean {
	if (supported.has(word)) return true;
	const office = SOLE_OFFICES.get(word);
	if (office && [...supported].some((w) => SOLE_OFFICES.get(w) === office)) return true;
	const country = countryOf(word);
	if (!country) return false;
	return words(country).every((w) => supported.has(w)) || [...supported].some((w) => countryOf(w) === country);
}

/**
 * The words of an annotated role or name that may support a role shown (`shown`, its words). A title is an office with
 * the word before it that makes it another office, its head words together: "Vice President" supports "Vice President"
 * but not "President", "Trade Representative" not "Representative", "Under Secretary" not "Secretary".
 */
function officeWords(text: string, shown: readonly string[]): string[] {
	const all = words(text);
	const headless = (w: string, i: number) => i > 0 && TITLE_WORDS.has(w) && OFFICE_MODIFIERS.has(all[i - 1]!) && !shown.includes(all[i - 1]!);
	return all.filter((w, i) => !headless(w, i));
}

/**
 * Scores the people of one article: `people` are our person entities mentioned in it, `article` its id.
 * A role is supported when each of its words is a word of the annotated role, name or aliases ("Russia's Foreign
 * Minister" for the role "foreign minister of Russia"), or a country's adjective for its name ("Ukrainian President"),
 * and holds the head words of the office it shares ("President" is not the role "Vice President").
 */
export function scorePeople(article: string, body: string, gold: GoldPerson[], people: Entity[], score: PeopleScore, misses: string[]): void {
	const byName = new Map(people.map((e) => [normalize(e.name), e]));
	const byAlias = new Map(people.flatMap((e) => e.aliases.map((a) => [normalize(a), e] as const)));
	const namesOf = (p: GoldPerson) => new Set([p.name, ...p.aliases].map(normalize));
	const text = normalize(body);
	const written = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalize(name))}(?![\\p{L}\\p{N}])`, 'u').test(text);
	for (const person of gold.filter((p) => isNamed(p) && written(p.name))) {
		score.found.of++;
		// Under its own name, or under another written form of it ("Kim Jong Un" for "Kim Jong-un" in another article).
		const entity = byName.get(normalize(person.name)) ?? byAlias.get(normalize(person.name));
		if (!entity) {
			misses.push(`person ${article} not found by full name: ${person.name}`);
			continue;
		}
		score.found.hit++;
		const own = namesOf(person);
		const others = gold.filter((p) => p !== person);
		const othersNames = new Set(others.flatMap((p) => [...namesOf(p)]));
		const othersFull = others.filter(isNamed).map((p) => ` ${words(p.name).join(' ')} `);
		// Wrong: another person's name or alias ("Trump" for his wife), or a phrase holding another's full name.
		const namesAnother = (alias: string) =>
			(othersNames.has(alias) && !own.has(alias)) || othersFull.some((full) => ` ${words(alias).join(' ')} `.includes(full));
		for (const alias of entity.aliases.map(normalize)) {
			score.aliases.of++;
			if (!namesAnother(alias)) score.aliases.hit++;
			else misses.push(`person ${article} ${person.name}: alias "${alias}" names another person`);
		}
		for (const role of entity.roles.filter((r) => r.article === article)) {
			score.roles.of++;
			const shown = words(role.text);
			const supported = new Set([person.role ?? '', ...own].flatMap((text) => officeWords(text, shown)));
			if (shown.every((w) => EMPTY_ROLE_WORDS.has(w) || supports(supported, w))) score.roles.hit++;
			else misses.push(`person ${article} ${person.name}: role "${role.text}" (annotated: ${person.role ?? 'none'})`);
		}
	}
}

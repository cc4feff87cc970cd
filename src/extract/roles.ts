import { COUNTRIES, DEMONYMS } from '../lexicon/places.js';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/titles.js';

// Roles as written ("Russia's Foreign Minister"): which name one person, and how else they are written.

/** The same role said the other way: "Chinese leader" ~ "China's leader", "Russia's Foreign Minister" ~ "Russian Foreign Minister". */
export function roleVariants(role: string): string[] {
	const [first = '', ...rest] = role.split(' ');
	if (!rest.length) return [];
	const country = DEMONYMS.get(first.toLowerCase());
	if (country) return [`${country}'s ${rest.join(' ')}`];
	const owner = /^(.+)['’]s$/.exec(first)?.[1];
	const demonym = owner ? [...DEMONYMS].find(([, c]) => c.toLowerCase() === (COUNTRIES.get(owner.toLowerCase()) ?? '').toLowerCase())?.[0] : undefined;
	return demonym ? [`${demonym[0]!.toUpperCase()}${demonym.slice(1)} ${rest.join(' ')}`] : [];
}

/**
 * Whether a role names one person rather than many: it says whose ("Russia's Foreign Minister", "Chinese leader",
 * "Kremlin spokesman"). "President" or "Prime Minister" alone is shared by many and is never an alias.
 */
export function isSpecificRole(role: string): boolean {
	return role.split(/\s+/).some((word) => {
		const w = word.toLowerCase().replace(/[.,]$/, '');
		return /['’]s$/.test(word) || DEMONYMS.has(w) || COUNTRIES.has(w) || (/^\p{Lu}/u.test(word) && !TITLE_WORDS.has(w) && !ROLE_NOUNS.has(w));
	});
}

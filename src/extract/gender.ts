import { FEMALE, FEMALE_GIVEN_NAMES, FEMALE_PRONOUNS, MALE, MALE_GIVEN_NAMES, MALE_PRONOUNS } from '../lexicon/gender.js';
import { alternation } from '../lexicon/words.js';

// A person's gender as an article shows it, one rule for every reader of it (the names of an article, pronouns, the
// merging of names across articles): a gendered word among the person's labels first ("Mrs. Wong", "his widow",
// "first lady"), since it says so outright; only where those say nothing, or disagree, a given name that nearly
// always names a woman or a man ("Anna Berg", "Per Olsen").

export type Gender = 'f' | 'm';

/** The gender a pronoun refers to ("her" a woman, "him" a man); null for any other word. */
export const pronounGender = (word: string): Gender | null => {
	const w = word.toLowerCase();
	return FEMALE_PRONOUNS.has(w) ? 'f' : MALE_PRONOUNS.has(w) ? 'm' : null;
};

/** A pronoun of each gender, as a whole word in any case: "She", "himself". */
export const GENDERED_PRONOUN: Readonly<Record<Gender, RegExp>> = {
	f: new RegExp(String.raw`\b(?:${alternation(FEMALE_PRONOUNS)})\b`, 'i'),
	m: new RegExp(String.raw`\b(?:${alternation(MALE_PRONOUNS)})\b`, 'i'),
};

const one = (female: boolean, male: boolean): Gender | null => (female === male ? null : female ? 'f' : 'm');

/**
 * The gender that `labels` show (names, aliases, roles as written: "Mrs. Wong", "Russia's first lady"): their
 * gendered words, else the given names of those written with more than one word; null when they show none, or both.
 * `soleName`: the one word a person is only ever named by ("a woman named Vanessa"), a given name when it is one; a
 * word written alone is otherwise as likely a surname.
 */
export function genderOf(labels: readonly string[], soleName?: string): Gender | null {
	const words = labels.flatMap((l) => l.toLowerCase().split(/[^\p{L}]+/u));
	const shown = one(
		words.some((w) => FEMALE.has(w)),
		words.some((w) => MALE.has(w)),
	);
	if (shown) return shown;
	const given = labels.filter((l) => l.trim().includes(' ')).map((l) => l.trim().split(/\s+/)[0]!.toLowerCase());
	if (soleName) given.push(soleName.toLowerCase());
	return one(
		given.some((g) => FEMALE_GIVEN_NAMES.has(g)),
		given.some((g) => MALE_GIVEN_NAMES.has(g)),
	);
}

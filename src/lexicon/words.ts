// The lexicon is written one entry a line, so that a word is easy to find, add or remove, and each class is
// defined once. These read that format.

import { escapeRegExp } from '../text/matches.js';

/** The entries of a list written one a line (blank lines ignored), trimmed. */
export const lines = (text: string): string[] =>
	text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);

/** A word list, one entry a line, matched in lower case. */
export const wordSet = (text: string): ReadonlySet<string> => new Set(lines(text).map((word) => word.toLowerCase()));

/** A two-column table, one row a line, split at the first `separator`: "Afghanistan: Afghan", "said  reports clause". */
export const table = (text: string, separator = ':'): [string, string][] =>
	lines(text).map((line) => {
		const at = line.indexOf(separator);
		return at < 0 ? [line, ''] : [line.slice(0, at).trim(), line.slice(at + separator.length).trim()];
	});

/** A regular-expression alternation of a list, longest entries first so that "phone call" wins over "call". */
export const alternation = (list: Iterable<string>) =>
	[...list]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|');

/** A list's entries with a capital first letter, as a name is written ("Assembly", "Chinese"). */
export const capitalised = (list: Iterable<string>) => [...list].map((w) => w.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));

// The lexicon is written one entry a line, so that a word is easy to find, add or remove, and each class is
// defined once. These read that format.

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

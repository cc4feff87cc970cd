// Text keys for matching names and topics: case-, accent- and quote-style-insensitive.

/**
 * Typographic marks and their plain forms: soft hyphens and zero-width spaces, which pages put inside words, are not
 * part of them; curly quotes and primes are straight ones; every dash between U+2010 and U+2015 is a hyphen.
 */
const PLAIN: Record<string, string> = { '\u00ad': '', '\u200b': '', '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"' };
for (const mark of '\u2018\u2019\u201a\u201b\u2032') PLAIN[mark] = "'";
for (let dash = 0x2010; dash <= 0x2015; dash++) PLAIN[String.fromCharCode(dash)] = '-';
/** The marks PLAIN maps, replaced in one pass over the text (their plain forms are never marks themselves). */
const TYPOGRAPHIC = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'g');
/** Whitespace that collapsing would change: anything but a lone space. Most text has none, and is then kept as it is. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** "Sergéi  Lavrov’s" → "sergei lavrov's" */
export function normalize(text: string): string {
	let s = text;
	// Most text is ASCII: only letters beyond it need decomposing, only typographic marks need mapping.
	if (/[^\x00-\x7f]/.test(s)) {
		if (/[\u00c0-\u1fff]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '');
		s = s.replace(TYPOGRAPHIC, (mark) => PLAIN[mark]!);
	}
	s = s.toLowerCase();
	return (UNEVEN_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/** A name or phrase as a key: "Russia's Foreign Minister" → "russia-s-foreign-minister". */
export function slug(text: string): string {
	return normalize(text)
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/** The words of a name as someone asks for it: "The New York Times" is the New York Times the articles name. */
export function nameWords(text: string): string[] {
	const all = words(text);
	return all.length > 1 && all[0] === 'the' ? all.slice(1) : all;
}

/** Word tokens of a normalized text, possessive 's dropped. */
export function words(text: string): string[] {
	return normalize(text)
		.replace(/'s\b/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Two people acting together, as one name: "Paul Maher and Eric Igou". No one person's name holds the word "and". */
export const jointName = (first: string, second: string): string => `${first} and ${second}`;

/** The two people of a joint name, or null for any other name. */
export function jointMembers(name: string): [string, string] | null {
	const parts = name.split(' and ');
	return parts.length === 2 ? [parts[0]!, parts[1]!] : null;
}

// Text keys for matching names and topics: case-, accent- and quote-style-insensitive.

/** "Sergéi  Lavrov’s" → "sergei lavrov's" */
export function normalize(text: string): string {
	let s = text;
	// Most text is ASCII: only letters beyond it need decomposing, only typographic marks need mapping.
	if (/[^\x00-\x7f]/.test(s)) {
		if (/[\u00c0-\u1fff]/.test(s)) s = s.normalize('NFD').replace(/\p{M}/gu, '');
		s = s
			// Soft hyphens and zero-width spaces, which pages put inside words, are not part of them.
			.replace(/[\u00ad\u200b]/g, '')
			.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
			.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
			.replace(/[\u2010-\u2015]/g, '-');
	}
	return s.toLowerCase().replace(/\s+/g, ' ').trim();
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

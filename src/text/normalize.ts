// Text keys for matching names and topics: case-, accent- and quote-style-insensitive.

/** "Sergéi  Lavrov’s" → "sergei lavrov's" */
export function normalize(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
		.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
		.replace(/[\u2010-\u2015]/g, '-')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** A name or phrase as a key: "Russia's Foreign Minister" → "russia-s-foreign-minister". */
export function slug(text: string): string {
	return normalize(text)
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/** Word tokens of a normalized text, possessive 's dropped. */
export function words(text: string): string[] {
	return normalize(text)
		.replace(/'s\b/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

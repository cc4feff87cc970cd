import type { AnswerItem, Citation } from './answer.js';

// Wording shared by every renderer, so the embed and the text output say the same thing.

/** "Reuters · Jane Doe, John Roe · 2025-03-04 · p. A5 · via Example Site · cites AFP" */
export function sourceLine(source: Citation): string {
	const parts = [source.outlet ?? 'outlet not named'];
	if (source.authors.length > 0) parts.push(source.authors.join(', '));
	parts.push(source.published ?? 'date not given');
	if (source.page) parts.push(`p. ${source.page}`);
	if (source.via) parts.push(`via ${source.via}`);
	if (source.cites.length > 0) parts.push(`cites ${source.cites.join(', ')}`);
	return parts.join(' · ');
}

/** Heads what a not-found answer offers instead: related things the articles say, never presented as the answer. */
export const CLOSEST = 'Not an answer, but the closest the coverage comes:';

/** Keys whose values read well alone; the rest are shown as "key: value". */
const SELF_EXPLAINING = new Set(['published', 'date', 'when', 'kind', 'status', 'place', 'outlet', 'authors', 'example']);
const PREFIXED = new Set(['via', 'cites']);

/** Structured details as one compact line: "talks · happened · 2024-04-09 · Tuesday 9 April 2024 · Beijing". */
export function detailsLine(details: AnswerItem['details']): string {
	return Object.entries(details)
		.filter(([, value]) => value.trim() !== '')
		.map(([key, value]) => (SELF_EXPLAINING.has(key) ? value : PREFIXED.has(key) ? `${key} ${value}` : `${key}: ${value}`))
		.join(' · ');
}

const OPENING_MARKS = /^["“«„]/;

/** Verbatim words inside quotation marks, unless the span already carries its own. */
export function quoted(text: string): string {
	return OPENING_MARKS.test(text) ? text : `“${text}”`;
}

/**
 * Only kind 'quote' is verbatim speech and goes inside quotation marks; a statement is the article's paraphrase of
 * what someone said, so it is labelled as such and never quoted.
 */
export function itemNote(item: AnswerItem): string | null {
	if (item.kind === 'statement') return '(paraphrase)';
	if (item.kind === 'commentary') return '(site commentary)';
	return null;
}

/** The text as shown: quoted for quotes, as written for everything else. */
export function itemBody(item: AnswerItem, text: string = item.text): string {
	return item.kind === 'quote' ? quoted(text) : text;
}

/** Longer links are left out of the visible text: each citation would spend a share of the embed's budget on it. */
export const MAX_LINK_TARGET = 512;

/** An http(s) URL fit for a Markdown link target, or null (not http, malformed, or too long to show). */
export function linkTarget(url: string | null): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
		const target = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
		return target.length <= MAX_LINK_TARGET ? target : null;
	} catch {
		return null;
	}
}

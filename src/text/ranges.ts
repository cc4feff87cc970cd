import type { TextRange } from './sentences.js';

// Lookups in lists sorted by start offset, by binary search: extraction asks them for every sentence and quote.

/** Index of the first item starting at or after `offset`. */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (items[mid]!.start < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The items lying inside [start, end). */
export function within<T extends TextRange>(items: readonly T[], start: number, end: number): T[] {
	const out: T[] = [];
	for (let i = firstAtOrAfter(items, start); i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
	return out;
}

/** Index of the last range starting at or before `offset` (the one containing it, for ranges that tile a text). */
export function rangeAt(ranges: readonly TextRange[], offset: number): number {
	return Math.max(0, firstAtOrAfter(ranges, offset + 1) - 1);
}

/**
 * Where the clause holding `offset` starts: after the last ", " before it, but not before `floor`. With `afterQuotes`,
 * a comma that closes a quotation ends a clause too ('after Trump remarked that "Canada lives …," Mark Carney fired back').
 */
export function clauseStart(text: string, offset: number, floor: number, afterQuotes = false): number {
	if (!afterQuotes) {
		const comma = text.lastIndexOf(', ', offset);
		return comma >= floor ? comma + 2 : floor;
	}
	let start = floor;
	for (const m of text.slice(floor, offset).matchAll(/,[”"’']?\s/g)) start = floor + m.index + m[0].length;
	return start;
}

/** Whether `offset` falls inside one of non-overlapping sorted ranges. */
export function inside(ranges: readonly TextRange[], offset: number): boolean {
	const i = firstAtOrAfter(ranges, offset + 1) - 1;
	return i >= 0 && offset < ranges[i]!.end;
}

/**
 * Where the paragraph before the one holding `offset` starts, as the offset of the blank line before it (-1: the body's
 * start), for rules that look back one paragraph. Paragraphs are separated by a blank line.
 */
export function paragraphBeforeStart(body: string, offset: number): number {
	return body.lastIndexOf('\n\n', body.lastIndexOf('\n\n', offset) - 1);
}

import { escapeText, sliceWhole } from './escape.js';

const ELLIPSIS = '…';

/** Shortens text to at most `max` characters, ending at a word boundary with "…"; unchanged when it fits. */
export function cutAtWord(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
	const room = max - ELLIPSIS.length;
	const head = text.slice(0, room + 1);
	const space = head.search(/\s\S*$/);
	// A word longer than half the room (a URL, a run of symbols) is cut mid-word rather than dropped whole.
	const end = space > room / 2 ? space : room;
	return sliceWhole(text, end).trimEnd() + ELLIPSIS;
}

/** Cuts raw text at a word boundary so that its escaped form fits in `max` characters, then escapes it. */
export function escapeWithin(text: string, max: number): string {
	let room = max;
	for (;;) {
		const escaped = escapeText(cutAtWord(text, room));
		if (escaped.length <= max || room <= 1) return sliceWhole(escaped, max);
		room -= Math.max(1, escaped.length - max);
	}
}

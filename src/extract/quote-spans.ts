import type { TextRange } from '../text/sentences.js';

// Where the quotation marks are. Curly marks pair by direction; straight marks by position (an opening mark follows
// a space, dash or bracket); single marks count only as quotes when they open at a word start and close before a
// space or punctuation ("‘new era’", not "Russia’s"); two single marks doubled where a double one would stand open and
// close a double quotation. A quotation left open at a paragraph end continues in the next
// paragraph when that one opens with a mark, as news style writes multi-paragraph quotes.

export interface QuoteSpan extends TextRange {
	/** Offsets of the marks themselves (the span excludes them); -1 when a paragraph edge ends the segment. */
	open: number;
	close: number;
	paragraph: number;
	/** Part of a quotation that runs over several paragraphs; `group` joins its segments. */
	group: number;
}

const DOUBLE_OPEN = '“„';
const DOUBLE_CLOSE = '”';
const BEFORE_OPEN = /[\s([{—–\-\/:;]|^$/;

function isSingleOpen(text: string, i: number): boolean {
	return (text[i] === '‘' || text[i] === "'") && BEFORE_OPEN.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

function isSingleClose(text: string, i: number): boolean {
	return (text[i] === '’' || text[i] === "'") && /\S/.test(text[i - 1] ?? '') && /[\s,.;:!?)\]—–]|^$/.test(text[i + 1] ?? '');
}

function isDoubledSingleOpen(text: string, i: number): boolean {
	return (text[i] === '‘' || text[i] === "'") && text[i + 1] === text[i] && BEFORE_OPEN.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 2] ?? '');
}

/** Quotation spans of one paragraph, with whether it ends inside an open quotation. */
function paragraphSpans(
	text: string,
	base: number,
	continuing: boolean,
	nextOpensSingle: boolean,
): { spans: { start: number; end: number; open: number; close: number }[]; open: boolean } {
	const spans: { start: number; end: number; open: number; close: number }[] = [];
	let openAt = -2; // -2: no quotation open
	let single = false;
	let from = 0;
	// A quotation carried over from the previous paragraph without a new opening mark ends at the first closing one.
	if (continuing && !/^["“„‘']/.test(text)) {
		const close = text.search(/[”"]/);
		const reopen = text.search(/“/);
		if (close > 0 && (reopen < 0 || reopen > close)) {
			spans.push({ start: base, end: base + close, open: -1, close: base + close });
			from = close + 1;
		}
	}
	for (let i = from; i < text.length; i++) {
		const c = text[i]!;
		if (openAt === -2) {
			// A closing mark typed where one opens ('”Beto had so many fans," she said'): before a word, after a space.
			const misturned = c === DOUBLE_CLOSE && /[\p{L}\p{N}[]/u.test(text[i + 1] ?? '');
			if (DOUBLE_OPEN.includes(c) || ((c === '"' || misturned) && BEFORE_OPEN.test(text[i - 1] ?? ''))) {
				// A doubled opening mark ("““We …", '""We …') opens one quotation, at the second mark.
				while (/["“„]/.test(text[i + 1] ?? '') && /[\p{L}\p{N}‘']/u.test(text[i + 2] ?? '')) i++;
				openAt = i;
				single = false;
			} else if (isDoubledSingleOpen(text, i)) {
				// Two single marks where a double one opens (''Met with …,'' as some wire copy prints it) open a double quotation.
				openAt = i + 1;
				single = false;
			} else if (isSingleOpen(text, i)) {
				openAt = i;
				single = true;
			}
			continue;
		}
		// Some wire copy closes a double quotation with two single marks: "“… has emerged,’’ Earnest told reporters".
		const doubledSingle = (c === '’' || c === "'") && text[i + 1] === c && /[\s,.;:!?)\]—–]|^$/.test(text[i + 2] ?? '');
		// A single mark typed where a double one opens is closed by the double mark ('‘An outdoor wedding …,” he said').
		const mismatched = single && c === DOUBLE_CLOSE && !text.slice(openAt, i).includes('“');
		const closes = single ? isSingleClose(text, i) || mismatched : c === DOUBLE_CLOSE || c === '"' || doubledSingle;
		// A stray closing mark right after the opening one closes nothing ('writing, “”[W]hat ever happened …”').
		const stray = i === openAt + 1 && /[\p{L}\p{N}[]/u.test(text[i + 1] ?? '');
		if (!closes || stray) continue;
		// A straight mark after a finished sentence and before a capital opens a new quotation, the one before left open
		// ('"… a peaceful transition in Zaire. "There are no pre-conditions."').
		if (c === '"' && !single && /\s/.test(text[i - 1] ?? '') && /\p{Lu}/u.test(text[i + 1] ?? '') && /[.!?]\s+$/.test(text.slice(openAt, i))) {
			spans.push({ start: base + openAt + 1, end: base + i, open: base + openAt, close: -1 });
			openAt = i;
			continue;
		}
		// The close is the last mark, where the reporter's words begin.
		const close = doubledSingle && !single ? i + 1 : i;
		spans.push({ start: base + openAt + 1, end: base + i, open: base + openAt, close: base + close });
		openAt = -2;
		i = close;
	}
	// An unclosed single mark was an apostrophe, unless it opened a whole paragraph of sentences and the next paragraph
	// opens with a single mark too: a quotation over several paragraphs. An unclosed double mark runs to the paragraph end.
	const continuedSingle = single && openAt === 0 && nextOpensSingle && /[.!?…]$/.test(text.trimEnd());
	if (openAt >= 0 && (!single || continuedSingle)) {
		spans.push({ start: base + openAt + 1, end: base + text.length, open: base + openAt, close: -1 });
		return { spans, open: true };
	}
	return { spans, open: false };
}

/** Every quotation segment in the body, in order. */
export function findQuoteSpans(body: string, paragraphs: TextRange[]): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	let group = 0;
	let carrying = false;
	paragraphs.forEach((p, index) => {
		const next = paragraphs[index + 1];
		const nextOpensSingle = next !== undefined && isSingleOpen(body.slice(next.start, next.end), 0);
		const { spans, open } = paragraphSpans(body.slice(p.start, p.end), p.start, carrying, nextOpensSingle);
		spans.forEach((s, k) => {
			const continues = carrying && k === 0 && (s.open === p.start || s.open === -1);
			if (!continues) group++;
			out.push({ ...s, paragraph: index, group });
		});
		carrying = open;
	});
	return out.map((s) => trimSpan(body, s)).filter((s) => s.end > s.start);
}

function trimSpan(body: string, s: QuoteSpan): QuoteSpan {
	let { start, end } = s;
	while (start < end && /\s/.test(body[start]!)) start++;
	while (end > start && /\s/.test(body[end - 1]!)) end--;
	return { ...s, start, end };
}

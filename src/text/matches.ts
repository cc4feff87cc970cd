// Every match of a global pattern, without the copy of the pattern that String.prototype.matchAll makes on each call:
// extraction runs dozens of patterns over every sentence, and the copies cost more than most of the matching.

/** The matches of a global (`g`) pattern in `text`, as `[...text.matchAll(re)]` gives them. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re}`);
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push(m);
		// An empty match moves on by one character (a whole code point under the `u` flag), as matchAll does.
		if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
	}
	re.lastIndex = 0;
	return out;
}

/** Where the last match of a global (`g`) pattern starts in `text`, -1 for none. */
export function lastMatchAt(re: RegExp, text: string): number {
	return allMatches(re, text).at(-1)?.index ?? -1;
}

/** `text` as a pattern that matches it literally: "U.S." matches "U.S.", not "UXSX". */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

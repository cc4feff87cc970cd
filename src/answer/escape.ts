// Article and user text made inert for Discord: one function for every renderer, so no snippet, name or argument can
// format a reply, mention anyone, or render a command, timestamp, emoji or channel link. Pure, no discord.js.

/** Characters that format inline anywhere in a line: bold, italics, underline, strikethrough, spoilers, code, links. */
const INLINE_MARKS = /[\\*_~`|[\]]/g;

/** Constructs that only format at the start of a line: headings, subtext, block quotes, bulleted lists. */
const LINE_START_MARKS = /^([ \t]*)(#|-#|>|[-*+](?=\s))/gm;

/** A numbered list item ("1. "): the escape goes before its dot, since a backslash before a digit shows. */
const NUMBERED_ITEM = /^([ \t]*\d+)([.)])(?=\s)/gm;

/**
 * What Discord renders inside angle brackets: users, roles, channels (`<@1>`, `<@&1>`, `<#1>`), slash-command mentions
 * (`</help:1>`), custom emoji (`<:x:1>`, `<a:x:1>`), timestamps (`<t:1700000000:R>`) and guild navigation (`<id:home>`).
 */
const ANGLE_TOKEN = /<(?=[@#/:]|a:|t:|id:)/g;

/** `@everyone` and `@here` highlight even when nobody is pinged. */
const MASS_MENTION = /@(?=everyone|here)/g;

const ZERO_WIDTH_SPACE = '\u200b';

/** Escapes Markdown and breaks every mention-like token; the visible text stays the same. */
export function escapeText(text: string): string {
	return text
		.replace(INLINE_MARKS, '\\$&')
		.replace(LINE_START_MARKS, '$1\\$2')
		.replace(NUMBERED_ITEM, '$1\\$2')
		.replace(ANGLE_TOKEN, `<${ZERO_WIDTH_SPACE}`)
		.replace(MASS_MENTION, `@${ZERO_WIDTH_SPACE}`);
}

/** True when `index` falls between the two halves of a surrogate pair, where no cut may be made. */
function splitsPair(text: string, index: number): boolean {
	const before = text.charCodeAt(index - 1);
	const after = text.charCodeAt(index);
	return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The first `max` UTF-16 units of `text`, one fewer when the cut would split a character in two. */
export function sliceWhole(text: string, max: number): string {
	if (text.length <= max) return text;
	return text.slice(0, splitsPair(text, max) ? max - 1 : max);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, sliceWhole } from '../../src/answer/escape.js';
import { isWellFormed } from './discord-limits.js';

/** What a reader sees: Discord drops a backslash before ASCII punctuation; the zero-width spaces are invisible. */
const visible = (escaped: string) => escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u200b/g, '');
/** The text with every escape sequence removed: whatever is left is live Markdown. */
const unescaped = (escaped: string) => escaped.replace(/\\[\s\S]/g, '');

const RENDERED_TOKEN = /<(?:@[!&]?\d*|#\d*|\/[^>]*|a?:\w*:?\d*|t:-?\d*(?::\w)?|id:\w*)>?|@everyone|@here/;
const LIVE_LINE_START = /^[ \t]*(?:#|-#|>|[-*+]\s|\d+[.)]\s)/m;

describe('escapeText', () => {
	it.each([
		['**bold** _it_ ~~s~~ ||spoiler|| `code`', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`'],
		['[link](https://evil.example)', '\\[link\\](https://evil.example)'],
		['@everyone and @here', '@\u200beveryone and @\u200bhere'],
		['<@123> <@&456> <#789>', '<\u200b@123> <\u200b@&456> <\u200b#789>'],
		['</help:1234567890>', '<\u200b/help:1234567890>'],
		['<t:1700000000:R>', '<\u200bt:1700000000:R>'],
		['<:smile:1> <a:dance:2> <id:customize>', '<\u200b:smile:1> <\u200ba:dance:2> <\u200bid:customize>'],
		['-# small print', '\\-# small print'],
		['# Heading\n## Sub', '\\# Heading\n\\## Sub'],
		['> quoted\n>>> all', '\\> quoted\n\\>>> all'],
		['- item\n+ item\n1. first\n2) second', '\\- item\n\\+ item\n1\\. first\n2\\) second'],
		['5 < 6 and 1.5 - 2 # no', '5 < 6 and 1.5 - 2 # no'],
	])('GIVEN %j THEN %j', (raw, escaped) => {
		expect(escapeText(raw)).toBe(escaped);
		expect(visible(escapeText(raw))).toBe(raw);
	});

	it('GIVEN any text THEN nothing in it can format, mention or render, and the reader sees the same text', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom(
						'<', '>', '@', '#', '/', ':', 't', 'a', 'id', 'everyone', 'here', '*', '_', '~', '`', '|', '[', ']', '(', ')',
						'\\', '-', '+', '1', '.', ' ', '\n', 'x', '\u200b',
					),
				}),
				(raw) => {
					const escaped = escapeText(raw);
					const live = unescaped(escaped);
					expect(live).not.toMatch(/[*_~`|[\]]/);
					expect(escaped).not.toMatch(RENDERED_TOKEN);
					expect(escaped).not.toMatch(LIVE_LINE_START);
					expect(visible(escaped)).toBe(raw.replace(/\u200b/g, ''));
				},
			),
			{ numRuns: 2000 },
		);
	});
});

describe('sliceWhole', () => {
	it('GIVEN a cut through an emoji THEN the emoji is left out whole, never halved', () => {
		expect(sliceWhole('ab😀c', 3)).toBe('ab');
		expect(sliceWhole('ab😀c', 4)).toBe('ab😀');
		expect(sliceWhole('abc', 10)).toBe('abc');
	});

	it('GIVEN any text and length THEN the slice is a prefix of at most that length with no lone surrogate', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), fc.nat(60), (text, max) => {
				const slice = sliceWhole(text, max);
				expect(slice.length).toBeLessThanOrEqual(max);
				expect(text.startsWith(slice)).toBe(true);
				expect(isWellFormed(slice)).toBe(true);
				expect(slice.length).toBeGreaterThanOrEqual(Math.min(text.length, max) - 1);
			}),
		);
	});
});

import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/extract/dateline.js';

describe('readDateline', () => {
	it.each([
		['LAS VEGAS — The governor said', 'LAS VEGAS', 'The governor said'],
		['HAVANA, Cuba (AP) — Obama arrived', 'HAVANA', 'Obama arrived'],
		['GENEVA, March 3 (Reuters) - Talks ended', 'GENEVA', 'Talks ended'],
		['SEOUL, Jan. 2 (Yonhap) -- The minister met', 'SEOUL', 'The minister met'],
		['PUTRAJAYA, Nov 22 — Anwar said', 'PUTRAJAYA', 'Anwar said'],
		['LONDON (Reuters) - Prices rose', 'LONDON', 'Prices rose'],
		['MAGNOLIA, N.C.—Sally Quinn Whaley knows', 'MAGNOLIA', 'Sally Quinn Whaley knows'],
		['WASHINGTON—President Trump met', 'WASHINGTON', 'President Trump met'],
		['ADDIS ABABA, Ethiopia - Speaking to reporters', 'ADDIS ABABA', 'Speaking to reporters'],
	])('%s: filed in %s', (text, town, rest) => {
		const dateline = readDateline(text);
		expect(dateline?.town).toBe(town);
		expect(text.slice(dateline!.length)).toBe(rest);
	});

	it.each([
		['UPDATE — The story was changed'],
		['BREAKING - A fire'],
		['NATO-led forces entered the town'],
		['The AP — in a statement — said'],
		['Putin met Xi in Beijing'],
	])('%s: no dateline', (text) => {
		expect(readDateline(text)).toBeNull();
	});
});

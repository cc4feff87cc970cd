import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARTY_PASSES, QUOTE_PASSES, STATEMENT_PASSES, SUBJECT_BEFORE_PASSES } from '../../src/extract/passes.js';

// The README names the attribution passes in the order they are tried; a pass added without a line there is a pass
// nobody reading the docs can find.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The pass ids of a numbered list in the README that follows `header`, in order. */
function listedAfter(header: string): string[] {
	const from = readme.indexOf(header);
	const block = readme.slice(from, readme.indexOf('\n\n', readme.indexOf('\n1. ', from)));
	return [...block.matchAll(/^\d+\. `([a-z-]+)`/gm)].map((m) => m[1]!);
}

describe('README', () => {
	it.each([
		['Quotations, in order (`QUOTE_PASSES`):', QUOTE_PASSES],
		['(`STATEMENT_PASSES`):', STATEMENT_PASSES],
		['(`SUBJECT_BEFORE_PASSES`):', SUBJECT_BEFORE_PASSES],
		['In order (`PARTY_PASSES`):', PARTY_PASSES],
	])('GIVEN the list after %s THEN every pass, in the order the code tries them', (header, passes) => {
		expect(listedAfter(header)).toEqual(passes.map((p) => p.id));
	});
});

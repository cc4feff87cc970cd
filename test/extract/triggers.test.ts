import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../../src/extract/events/triggers.js';

// The event words run over every sentence of every article, so a pattern must not try a lookbehind at every
// character: one opens with a word boundary, a word or a lookahead that says where the lookbehind is worth trying.

describe('trigger patterns', () => {
	it.each(TRIGGERS.map((t) => [t.id, t.re.source]))('%s does not open with a lookbehind', (_id, source) => {
		expect(source).not.toMatch(/^\(\?<[=!]/);
	});
});

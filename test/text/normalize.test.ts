import { describe, expect, it } from 'vitest';
import { normalize, slug, words } from '../../src/text/normalize.js';

describe('normalize', () => {
	it('GIVEN accents, curly quotes, dashes, case and runs of spaces THEN one plain key', () => {
		expect(normalize('  Sergéi   LAVROV’s “view” – Zürich ')).toBe('sergei lavrov\'s "view" - zurich');
	});
});

describe('slug', () => {
	it('GIVEN a name or phrase THEN a stable lower-case key of letters and digits', () => {
		expect(slug("Russia's Foreign Minister")).toBe('russia-s-foreign-minister');
		expect(slug('Ferdinand Marcos Jr.')).toBe('ferdinand-marcos-jr');
		expect(slug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
	});
});

describe('words', () => {
	it('GIVEN a possessive THEN the word without it', () => {
		expect(words('Russia’s Foreign Minister Sergei Lavrov')).toEqual(['russia', 'foreign', 'minister', 'sergei', 'lavrov']);
	});
});

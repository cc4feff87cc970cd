import { describe, expect, it } from 'vitest';
import { recent } from '../../src/store/sqlite/store.js';

// The records the embedded store keeps parsed (articles, their metadata, entities, meetings) stay within their bound
// however many are read: the memory of a long-running bot does not grow with the variety of its questions.

describe('records kept parsed', () => {
	it('GIVEN more keys read than it keeps THEN it holds the bound, forgetting the least recently read first', () => {
		const kept = new Map<number, string>();
		const size = 100;
		let reads = 0;
		const read = (key: number) => recent(kept, key, size, () => (reads++, `record ${key}`));
		for (let key = 0; key < 10 * size; key++) {
			expect(read(key)).toBe(`record ${key}`);
			read(0); // read on every turn: never the least recent
			expect(kept.size).toBeLessThanOrEqual(size);
		}
		expect(kept.size).toBe(size);
		expect(kept.has(0)).toBe(true);
		expect(kept.has(1)).toBe(false);
		expect(kept.has(10 * size - 1)).toBe(true);
		expect(reads).toBe(10 * size);
	});

	it('GIVEN a key kept THEN it is not read again', () => {
		const kept = new Map<string, number>();
		let reads = 0;
		recent(kept, 'a', 2, () => ++reads);
		expect(recent(kept, 'a', 2, () => ++reads)).toBe(1);
		expect(reads).toBe(1);
	});
});

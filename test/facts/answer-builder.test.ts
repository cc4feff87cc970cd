import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/facts/build-folder.js';
import { meetings, quotes, who } from '../../src/facts/queries.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import type { FactStore } from '../../src/store/contract.js';

// Bounded work per answer: on a store on disk every record read is parsed and checked, so an answer reads each
// article and each name it shows once, however many of its items come from them, and citations never read the text.

const store = new MemoryFactStore(ingest('data/articles').facts);

/** The store, counting how often each article and each entity is read. */
function counting(inner: FactStore) {
	const reads = { article: new Map<string, number>(), text: new Map<string, number>(), entity: new Map<string, number>() };
	const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
	const spy = new Proxy(inner, {
		get(target, prop, receiver) {
			if (prop === 'article') return (id: string) => (count(reads.article, id), count(reads.text, id), target.article(id));
			if (prop === 'articleMeta') return (id: string) => (count(reads.article, id), target.articleMeta(id));
			if (prop === 'entity') return (key: string) => (count(reads.entity, key), target.entity(key));
			const value = Reflect.get(target, prop, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
	return { spy, reads };
}

describe('AnswerBuilder', () => {
	it.each([
		['quote lavrov', (s: FactStore) => quotes(s, 'lavrov')],
		['met putin', (s: FactStore) => meetings(s, 'putin')],
		['who lavrov', (s: FactStore) => who(s, 'lavrov')],
	])('GIVEN %s THEN each article and each name it shows is read once, without its text', async (_name, ask) => {
		const { spy, reads } = counting(store);
		const answer = await ask(spy);
		expect(answer.items.length).toBeGreaterThan(1);
		expect(answer.sources.length).toBeGreaterThan(0);
		for (const source of answer.sources) expect(reads.article.get(source.article)).toBe(1);
		expect([...reads.article.values()].every((n) => n === 1)).toBe(true);
		expect([...reads.entity.values()].every((n) => n === 1)).toBe(true);
		expect(reads.text.size).toBe(0);
	});
});

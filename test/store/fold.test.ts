import { describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../src/articles/folder.js';
import { readArticle } from '../../src/articles/read.js';
import { extractArticle } from '../../src/extract/article.js';
import { type ArticleName, articleNames, foldEntity } from '../../src/extract/build.js';
import { summariseEntity } from '../../src/store/contract.js';
import { foldNames, summaryOf } from '../../src/store/fold.js';
import { slug } from '../../src/text/normalize.js';

// The fold a store keeps of each entity: folding all of its names at once gives what foldEntity gives, and so does
// folding the names of later articles into the fold of the earlier ones, at every article where it may be cut.

/** Each full name's names, article by article, in the order of the files. */
function namesByKey(dir: string): Map<string, ArticleName[][]> {
	const byKey = new Map<string, ArticleName[][]>();
	for (const path of listArticleFiles(dir).files) {
		const own = new Map<string, ArticleName[]>();
		for (const n of articleNames(extractArticle(readArticle(path)))) own.set(slug(n.name), [...(own.get(slug(n.name)) ?? []), n]);
		for (const [key, names] of own) byKey.set(key, [...(byKey.get(key) ?? []), names]);
	}
	return byKey;
}

describe('foldNames', () => {
	const byKey = namesByKey('data/articles');

	it('GIVEN every name of an entity THEN the entity foldEntity folds, as stores summarise it', () => {
		expect(byKey.size).toBeGreaterThan(20);
		for (const [key, articles] of byKey) {
			expect(summaryOf(key, foldNames(undefined, articles.flat())!)).toEqual(summariseEntity(foldEntity(key, articles.flat())!));
		}
	});

	it('GIVEN the names of later articles folded into the fold of the earlier ones THEN the same entity, wherever it is cut', () => {
		let cuts = 0;
		for (const [key, articles] of byKey) {
			const whole = summaryOf(key, foldNames(undefined, articles.flat())!);
			for (let i = 1; i < articles.length; i++, cuts++) {
				expect(summaryOf(key, foldNames(foldNames(undefined, articles.slice(0, i).flat()), articles.slice(i).flat())!)).toEqual(whole);
			}
		}
		expect(cuts).toBeGreaterThan(5);
	});
});

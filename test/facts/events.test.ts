import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../src/extract/build.js';
import { meetings, timeline } from '../../src/facts/queries.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import { articleOf } from '../extract/handmade.js';

// One event told by several articles is one event that cites every article; where they disagree on the date or the
// place, each version is shown with its source.

function storeOf(...articles: [id: string, published: string, paragraphs: string[]][]) {
	return new MemoryFactStore(
		buildFacts(
			articles.map(([id, published, paragraphs]) => ({ ...articleOf(paragraphs, published), id, file: `${id}.md`, title: id })),
			'events',
		),
	);
}

describe('events across articles', () => {
	it('GIVEN two articles telling one meeting on the same day THEN one event citing both', async () => {
		const store = storeOf(
			['first', '2024-05-16', ['Vladimir Putin met Xi Jinping in Beijing on Thursday.']],
			['second', '2024-05-17', ['Xi Jinping met Vladimir Putin in Beijing on May 16.']],
		);
		const answer = await meetings(store, 'putin');
		expect(answer.items).toHaveLength(1);
		expect(answer.lead).toBe('1 meeting, call or visit');
		expect(answer.items[0]!.details).toMatchObject({ date: '2024-05-16', place: 'Beijing', 'also told by': '[2]' });
		expect(answer.items[0]!.details['dates told']).toBeUndefined();
		expect(answer.sources.map((s) => s.article)).toEqual(['second', 'first']);
	});

	it('GIVEN two articles that disagree on the day and the place THEN both versions, each with its source', async () => {
		const store = storeOf(
			['first', '2024-05-16', ['Vladimir Putin met Xi Jinping in Beijing on Thursday.']],
			['second', '2024-05-18', ['Vladimir Putin met Xi Jinping in Harbin on Friday.']],
		);
		const [event] = (await timeline(store, 'putin')).items;
		expect(event!.details).toMatchObject({
			'also told by': '[2]',
			'dates told': '2024-05-16 [1]; 2024-05-17 [2]',
			'places told': 'Beijing [1]; Harbin [2]',
		});
	});

	it('GIVEN the same pair meeting weeks apart THEN two events', async () => {
		const store = storeOf(
			['first', '2024-05-16', ['Vladimir Putin met Xi Jinping in Beijing on Thursday.']],
			['second', '2024-07-04', ['Vladimir Putin met Xi Jinping in Astana on Wednesday.']],
		);
		expect((await meetings(store, 'putin')).items.map((i) => i.details.date)).toEqual(['2024-07-03', '2024-05-16']);
	});
});

describe('/met by kind', () => {
	const store = storeOf([
		'first',
		'2024-05-16',
		['Vladimir Putin met Xi Jinping in Beijing on Thursday.', 'Vladimir Putin spoke by phone with Narendra Modi on Tuesday.'],
	]);

	it.each([
		['call', ['Vladimir Putin ↔ Narendra Modi']],
		['calls', ['Vladimir Putin ↔ Narendra Modi']],
		['meeting', ['Vladimir Putin ↔ Xi Jinping']],
	])('GIVEN kind "%s" THEN only those events', async (kind, labels) => {
		expect((await meetings(store, 'putin', undefined, kind)).items.map((i) => i.label)).toEqual(labels);
	});

	it('GIVEN a kind with none THEN nothing found, said plainly; an unknown kind THEN the kinds offered', async () => {
		expect(await meetings(store, 'putin', undefined, 'summit')).toMatchObject({ items: [], notFound: 'The articles report no summit of Vladimir Putin.' });
		expect(await meetings(store, 'putin', undefined, 'dinner')).toMatchObject({
			items: [],
			suggestions: expect.arrayContaining(['meeting', 'call', 'visit', 'summit']),
		});
	});
});

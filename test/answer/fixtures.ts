import type { Answer, AnswerItem, Citation } from '../../src/answer/answer.js';

export function citation(n: number, extra: Partial<Citation> = {}): Citation {
	return {
		n,
		article: `a${n}`,
		title: `Article ${n}`,
		outlet: 'Reuters',
		authors: ['Jane Doe'],
		published: '2025-03-04',
		url: `https://example.com/news/${n}`,
		page: null,
		via: null,
		cites: [],
		...extra,
	};
}

export function item(text: string, extra: Partial<AnswerItem> = {}): AnswerItem {
	return { kind: 'quote', text, label: 'Sergei Lavrov', details: {}, cite: 1, span: null, ...extra };
}

export function answer(items: AnswerItem[], extra: Partial<Answer> = {}): Answer {
	return {
		command: 'quote',
		title: 'Quotes by Sergei Lavrov',
		lead: `${items.length} quotes`,
		items,
		sources: [citation(1)],
		omitted: 0,
		notFound: null,
		suggestions: [],
		...extra,
	};
}

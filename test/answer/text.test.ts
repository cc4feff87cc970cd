import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/answer/text.js';
import { answer, citation, item } from './fixtures.js';

describe('renderText', () => {
	it('GIVEN quotes and statements THEN only quotes are in quotation marks, and sources list full citations', () => {
		const a = answer(
			[
				item('We are ready to talk.'),
				item('Russia was ready to talk', { kind: 'statement', cite: 2, details: { date: '2025-03-03', place: 'Beijing' } }),
			],
			{ sources: [citation(1), citation(2, { outlet: null, via: 'Example Blog', cites: ['Reuters'], url: null })] },
		);
		expect(renderText(a)).toBe(
			[
				'Quotes by Sergei Lavrov',
				'2 quotes',
				'',
				'[1] Sergei Lavrov: “We are ready to talk.”',
				'[2] Sergei Lavrov (paraphrase): Russia was ready to talk',
				'    2025-03-03 · Beijing',
				'',
				'Sources',
				'[1] Article 1 — Reuters · Jane Doe · 2025-03-04',
				'    https://example.com/news/1',
				'[2] Article 2 — outlet not named · Jane Doe · 2025-03-04 · via Example Blog · cites Reuters',
				'',
			].join('\n'),
		);
	});

	it('GIVEN omitted items THEN a "+N more" line follows the items', () => {
		expect(renderText(answer([item('a')], { omitted: 4 }))).toContain('[1] Sergei Lavrov: “a”\n+4 more not shown: narrow the question to see them.\n');
	});

	it('GIVEN nothing found THEN it prints the message and suggestions', () => {
		const a = answer([], { title: 'No quotes', notFound: 'No speaker called "lavrof".', suggestions: ['Sergei Lavrov'] });
		expect(renderText(a)).toBe('No quotes\nNo speaker called "lavrof".\nDid you mean: Sergei Lavrov\n');
	});

	it('GIVEN a quote that carries its own marks THEN they are not doubled; text is not escaped', () => {
		const text = renderText(answer([item('"Never," he said `x` @everyone', { cite: null, label: null })]));
		expect(text).toContain('• "Never," he said `x` @everyone\n');
	});
});

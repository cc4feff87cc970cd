import { describe, expect, it } from 'vitest';
import { renderNotFound } from '../../src/answer/embed.js';
import { CLOSEST } from '../../src/answer/format.js';
import { renderText } from '../../src/answer/text.js';
import { ask } from '../../src/ask/ask.js';
import { questionIn } from '../../src/discord/mentions.js';
import { ingest } from '../../src/facts/build-folder.js';
import { MemoryFactStore } from '../../src/facts/store.js';

const corpus = new MemoryFactStore(ingest('test/fixtures/corpus/articles').facts);

describe('declining', () => {
	it('GIVEN a person who said nothing on a topic others wrote about THEN it declines and offers sentences on the topic, no quote', async () => {
		const { answer } = await ask(corpus, 'what did obama say about climate change');
		expect(answer.notFound).toBe("The coverage doesn't say what Barack Obama said about climate change.");
		expect(answer.items.length).toBeGreaterThan(0);
		for (const item of answer.items) {
			expect(item.kind).toBe('fact');
			expect(item.text).toMatch(/climate/i);
			expect(item.text).not.toMatch(/["“”]/);
		}
		const text = renderText(answer);
		expect(text).toContain(`${answer.notFound}\n`);
		expect(text).toContain(CLOSEST);
		expect(text).toContain('[1] ');
		const embed = renderNotFound(answer).embeds[0]!;
		expect(embed.description).toContain(CLOSEST);
		expect(embed.footer?.text).toContain('[1]');
	});

	it('GIVEN a word the coverage never uses THEN no figure is offered as the answer', async () => {
		const { answer } = await ask(corpus, 'how much oil does tunisia export');
		expect(answer.notFound).toMatch(/^The coverage gives no figure on/);
	});
});

describe('a question in a message', () => {
	it('GIVEN the bot mentioned (either form) THEN the question without any mention; not mentioned THEN null', () => {
		expect(questionIn('<@123> who did xi meet in may?', '123')).toBe('who did xi meet in may?');
		expect(questionIn('hey <@!123>, what did <@456> say about <#789>', '123')).toBe('hey , what did say about');
		expect(questionIn('<@123>', '123')).toBe('');
		expect(questionIn('<@456> who is peskov', '123')).toBeNull();
	});
});

describe('odd questions', () => {
	const seeds = new MemoryFactStore(ingest('data/articles').facts);

	it.each(['quote constructor', 'why was constructor cut', 'facts constructor', 'what did __proto__ say', 'toString hasOwnProperty'])(
		'GIVEN %j (names of built-in object properties) THEN an answer or a plain decline, never a crash',
		async (question) => {
			const { answer } = await ask(seeds, question);
			expect(answer.title.length).toBeGreaterThan(0);
			expect(answer.items.length > 0 || answer.notFound !== null).toBe(true);
		},
	);

	it('GIVEN mentions pasted into a question THEN they are not read as words of it', async () => {
		const plain = await ask(seeds, 'what did lavrov say');
		const pasted = await ask(seeds, '<@123456789012345678> @everyone what did lavrov say <#42>');
		expect(pasted.reading).toEqual(plain.reading);
		expect(pasted.answer.items.map((i) => i.text)).toEqual(plain.answer.items.map((i) => i.text));
		expect(plain.answer.items.length).toBeGreaterThan(0);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../../commands/index.js';
import { ingest } from '../../src/facts/build-folder.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import type { Harness } from './harness.js';
import { startHarness } from './harness.js';

// Paging a follow-up through the simulator: the buttons carry the question as it was read, not as it was typed, so a
// page turn answers the same reading whatever has been asked in the channel since.

let h: Harness;
beforeAll(async () => {
	h = await startHarness(commandsByName, { store: new MemoryFactStore(ingest('test/fixtures/eval/articles').facts) });
});
afterAll(async () => h?.stop());

type Embed = { title: string; description: string; footer?: { text: string } };
type Message = { embeds: Embed[]; components?: { components: { custom_id: string }[] }[] };

const ask = async (question: string): Promise<Message> => (await h.sim.finalAnswer(await h.sim.command('ask', { question }))) as Message;

describe('paging a follow-up answer', () => {
	it('GIVEN "what did he say" after "who is wi sung-lac" WHEN the next page is ' +
		'asked for after another question THEN it is page 2 of his quotes', async () => {
		await ask('who is wi sung-lac');
		const first = await ask('what did he say');
		expect(first.embeds[0]!.title).toBe('Quotes by Wi Sung-lac (follow-up read as “what did Wi Sung-lac say”)');
		expect(first.embeds[0]!.footer?.text).toContain('Page 1/2');
		const next = first.components?.[0]?.components[1]?.custom_id;
		expect(next).toContain('what did Wi Sung-lac say');

		// The channel moves on to someone else; the buttons of the earlier answer still page his quotes.
		await ask('who is fahmi');
		const page2 = await h.sim.button(next!, first);
		expect(page2.body.type).toBe(7);
		const e = page2.body.data.embeds[0] as Embed;
		expect(e.title).toBe('Quotes by Wi Sung-lac');
		expect(e.footer?.text).toContain('Page 2/2');
		expect(e.description).toContain('Wi Sung-lac');
		expect(e.description).not.toContain('Fahmi');
		expect(e.description).not.toEqual(first.embeds[0]!.description);
	});

	it('GIVEN a question that stands alone THEN its buttons carry it as typed', async () => {
		const first = await ask('what did fahmi say');
		expect(first.embeds[0]!.title).toBe('Quotes by Fahmi Fadzil');
		expect(first.components?.[0]?.components[1]?.custom_id).toMatch(/\|what did fahmi say$/);
	});
});

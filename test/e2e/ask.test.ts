import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../../commands/index.js';
import { ingest } from '../../src/facts/build-folder.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import type { Harness } from './harness.js';
import { startHarness } from './harness.js';
import type { Captured } from './simulator.js';

// Questions in plain English against the simulator: /ask, a message that mentions the bot, and a follow-up.

let h: Harness;
beforeAll(async () => {
	h = await startHarness(commandsByName, { store: new MemoryFactStore(ingest('data/articles').facts) });
});
afterAll(async () => h?.stop());

type Embed = { title: string; description: string; footer?: { text: string } };
/** The embed of an interaction callback, or of the deferred answer's edit. */
async function answerOf(c: Captured): Promise<Embed> {
	if (c.body.type === 4) return c.body.data.embeds[0] as Embed;
	const edit = await h.sim.waitForRequest((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.at >= c.at);
	return edit.body.embeds[0] as Embed;
}

describe('asking in plain English', () => {
	it('/ask "who did xi meet in may" answers with the reading, Putin and the date, mentions parsed for no one', async () => {
		const c = await h.sim.command('ask', { question: 'who did xi meet in may' });
		const e = await answerOf(c);
		expect(e.title).toBe('Meetings, calls and visits of Xi Jinping in May');
		expect(e.description).toContain('Vladimir Putin');
		expect(e.description).toContain('2024-05-16');
		expect(e.footer?.text).toContain('2024-05-16');
	});

	it('/ask "what did lavrov say about climate change" says the coverage does not say, showing none of his quotes', async () => {
		const c = await h.sim.command('ask', { question: 'what did lavrov say about climate change' });
		const e = await answerOf(c);
		expect(e.description).toContain("The coverage doesn't say what Sergei Lavrov said about climate change.");
		expect(e.description).not.toContain('There is no place for dictatorship');
	});

	it('autocomplete on /ask completes the name being typed', async () => {
		const c = await h.sim.autocomplete('ask', { question: 'what did lav' }, 'question');
		const names = (c.body.data.choices as { name: string }[]).map((x) => x.name);
		expect(names).toContain('what did Sergei Lavrov');
		expect(names.length).toBeLessThanOrEqual(25);
	});

	it('a message mentioning the bot with a question gets a reply to that message, pinging no one', async () => {
		const { id, reply } = h.sim.message(`<@${h.sim.bot.id}> when did Putin visit Xi?`);
		const r = await reply;
		expect(r.body.message_reference.message_id).toBe(id);
		expect(r.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
		const e = r.body.embeds[0] as Embed;
		expect(e.title).toContain('Vladimir Putin');
		expect(e.description).toContain('2024-05-16');
	});

	it('a follow-up leans on the question before it in the channel, and shows how it was read', async () => {
		await h.sim.message(`<@${h.sim.bot.id}> what did lavrov say about asean`).reply;
		const r = await h.sim.message(`<@${h.sim.bot.id}> what did he say about the us`).reply;
		const e = r.body.embeds[0] as Embed;
		expect(e.title).toContain('Quotes by Sergei Lavrov about United States');
		expect(e.title).toContain('follow-up read as “what did Sergei Lavrov say about the us”');
		expect(e.description).toContain('There is no place for dictatorship');
	});

	it('/ask follow-ups lean on the channel\'s last question: "and xi?" after a question about Lavrov', async () => {
		await answerOf(await h.sim.command('ask', { question: 'what did lavrov say about the us' }));
		const e = await answerOf(await h.sim.command('ask', { question: 'and xi?' }));
		expect(e.title).toContain('follow-up read as “what did xi say about us”');
		expect(e.title).toContain('Quotes by Xi Jinping about United States');
	});

	it('a mention with no question explains how to ask; a message without a mention gets no reply', async () => {
		const r = await h.sim.message(`<@${h.sim.bot.id}>`).reply;
		expect(r.body.embeds[0].description).toContain('Ask me a question after the mention');
		const before = h.sim.requests.length;
		h.sim.message('who did xi meet', { mentionBot: false });
		await h.sim.message(`<@${h.sim.bot.id}> who is peskov`).reply;
		const replies = h.sim.requests.slice(before).filter((c) => c.path.endsWith('/messages') && c.method === 'POST');
		expect(replies).toHaveLength(1);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../../commands/index.js';
import { ingest } from '../../src/facts/build-folder.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import type { Harness } from './harness.js';
import { startHarness } from './harness.js';
import type { Captured } from './simulator.js';
import { TOKEN } from './simulator.js';

// The real bot (commands/, the facts built from data/articles, the gateway transport) against the simulator.

let h: Harness;
beforeAll(async () => {
	h = await startHarness(commandsByName, { store: new MemoryFactStore(ingest('data/articles').facts) });
});
afterAll(async () => h?.stop());

const embed = (c: Captured) => c.body.data.embeds[0] as { title: string; description: string; footer?: { text: string }; color: number };
const isPublicReply = (c: Captured) => c.body.type === 4 && !((c.body.data.flags ?? 0) & 64);

describe('the bot, end to end against the simulator', () => {
	it('/quote lavrov answers with verbatim quotes in quotation marks, numbered citations and the sources', async () => {
		const c = await h.sim.command('quote', { speaker: 'lavrov' });
		expect(isPublicReply(c)).toBe(true);
		expect(c.body.data.allowed_mentions).toEqual({ parse: [] });
		const e = embed(c);
		expect(e.description).toContain('“There is no place for dictatorship, hegemony, neocolonial and colonial practices');
		expect(e.description).toMatch(/\\\[1\\\]/);
		expect(e.footer?.text).toContain('The Wall Street Journal · Austin Ramzy, Ann M. Simmons · 2024-04-10 · p. A.5 · via an unnamed blog (Blogger)');
	});

	it('/facts trade answers with the trade figures', async () => {
		const c = await h.sim.command('facts', { topic: 'trade' });
		expect(isPublicReply(c)).toBe(true);
		expect(embed(c).description).toContain('$240 billion');
	});

	it('/met putin lists his meeting with Xi Jinping with its date', async () => {
		const c = await h.sim.command('met', { person: 'putin' });
		expect(isPublicReply(c)).toBe(true);
		expect(embed(c).description).toContain('Xi Jinping');
		expect(embed(c).description).toContain('2024-05-16');
	});

	it('/sources lists both articles, the repost "via" and the unnamed outlet citing Reuters', async () => {
		const c = await h.sim.command('sources');
		const text = JSON.stringify(embed(c));
		expect(text).toContain('The Wall Street Journal');
		expect(text).toContain('outlet not named');
		expect(text).toContain('cites Reuters');
	});

	it('autocomplete offers canonical speaker keys for a prefix, at most 25', async () => {
		const c = await h.sim.autocomplete('quote', { speaker: 'lav' }, 'speaker');
		expect(c.body.type).toBe(8);
		const choices = c.body.data.choices as { name: string; value: string }[];
		expect(choices.length).toBeGreaterThan(0);
		expect(choices.length).toBeLessThanOrEqual(25);
		expect(choices[0]?.name).toContain('Lavrov');
	});

	it('an unknown speaker gets a private reply with suggestions', async () => {
		const c = await h.sim.command('quote', { speaker: 'lavrof' });
		expect(c.body.data.flags).toBe(64);
		expect(embed(c).description).toContain('Did you mean');
		expect(embed(c).description).toContain('Lavrov');
	});

	it('an argument full of mentions and Markdown pings nobody and is shown escaped', async () => {
		const c = await h.sim.command('quote', { speaker: '@everyone <@123> **x** `y` @here' });
		expect(c.body.data.allowed_mentions).toEqual({ parse: [] });
		const text = JSON.stringify(c.body.data.embeds);
		expect(text).not.toMatch(/@everyone|@here|<@123>/);
	});

	it('a long answer pages with buttons for its owner only', async () => {
		const c = await h.sim.command('search', { text: 'Russia' });
		const next = c.body.data.components?.[0]?.components?.[1]?.custom_id as string | undefined;
		expect(next).toBeDefined();
		const page2 = await h.sim.button(next!, c.body.data);
		expect(page2.body.type).toBe(7);
		expect(embed(page2).footer?.text).toContain('Page 2/');
		expect(embed(page2).description).not.toEqual(embed(c).description);
		const refused = await h.sim.button(next!, c.body.data, h.sim.bob);
		expect(refused.body.data.flags).toBe(64);
		expect(embed(refused).description).toContain('Only the person who ran /search');
	});

	it('a 429 on the reply is waited out and retried', async () => {
		h.sim.rateLimit(/^POST \/interactions\//, 1, 0.05);
		const before = h.sim.requests.filter((r) => r.status === 429).length;
		const c = await h.sim.command('quote', { speaker: 'lavrov' });
		expect(isPublicReply(c)).toBe(true);
		expect(h.sim.requests.filter((r) => r.status === 429).length).toBe(before + 1);
	});

	it('after a gateway disconnect the bot resumes its session and still answers', async () => {
		await h.sim.gateway.disconnect(4000);
		expect(h.sim.gateway.counts.resume).toBeGreaterThanOrEqual(1);
		expect(h.sim.gateway.counts.identify).toBe(1);
		const c = await h.sim.command('quote', { speaker: 'lavrov' });
		expect(isPublicReply(c)).toBe(true);
	});

	it('logged every interaction without errors and without the token', () => {
		expect(h.logs.filter((l) => l.event === 'interaction').length).toBeGreaterThanOrEqual(10);
		expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
		expect(JSON.stringify(h.logs)).not.toContain(TOKEN);
	});
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandsByName, fakeContext } from '../discord/fake-commands.js';
import type { Harness } from './harness.js';
import { startHarness } from './harness.js';
import { TOKEN } from './simulator.js';
import { InFlight } from '../../src/discord/in-flight.js';

// The gateway transport against the simulator with stand-in commands: proves the wiring independently of the data.

let h: Harness;
const inFlight = new InFlight();
beforeAll(async () => {
	h = await startHarness(commandsByName, fakeContext, { slow: { commands: ['slow'], ms: 150, deferAfterMs: 50 }, inFlight });
});
afterAll(async () => h?.stop());

describe('gateway bot against the simulator (stand-in commands)', () => {
	it('GIVEN a slash command THEN the bot answers through the interaction callback with an embed', async () => {
		const callback = await h.sim.command('quote', { speaker: 'lavrov' });
		expect(callback.body.type).toBe(4);
		expect(callback.body.data.embeds[0].description).toContain('Quote 0');
		expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
	});

	it('GIVEN a 429 on the callback THEN the reply is retried and arrives, and the 429 is logged with its route and wait', async () => {
		h.sim.rateLimit(/^POST \/interactions\//, 1, 0.05);
		const callback = await h.sim.command('quote', { speaker: 'lavrov' });
		expect(callback.body.type).toBe(4);
		expect(h.sim.requests.filter((r) => r.status === 429)).toHaveLength(1);
		expect(h.logs.find((l) => l.event === 'discord api error')).toMatchObject({
			level: 'warn',
			status: 429,
			method: 'POST',
			route: expect.stringMatching(/^\/interactions\//),
			retryAfter: '0.05',
		});
	});

	it('GIVEN a dropped gateway connection THEN the bot resumes and still answers', async () => {
		await h.sim.gateway.disconnect(4000);
		expect(h.sim.gateway.counts.resume).toBe(1);
		expect(h.sim.gateway.counts.identify).toBe(1);
		const callback = await h.sim.command('quote', { speaker: 'lavrov' });
		expect(callback.body.type).toBe(4);
	});

	it('GIVEN a command sent while the bot is away THEN it is replayed on resume and answered', async () => {
		const resumed = h.sim.gateway.disconnect(4000);
		const pending = h.sim.command('quote', { speaker: 'lavrov' });
		await resumed;
		expect((await pending).body.type).toBe(4);
		expect(h.sim.gateway.counts.identify).toBe(1);
	});

	it('GIVEN Next pressed by the owner THEN the message is updated; another user is refused privately', async () => {
		const first = await h.sim.command('quote', { speaker: 'lavrov' });
		const next = first.body.data.components[0].components[1].custom_id as string;
		const update = await h.sim.button(next, first.body.data);
		expect(update.body.type).toBe(7);
		expect(update.body.data.embeds[0].footer.text).toContain('Page 2/3');
		const refused = await h.sim.button(next, first.body.data, h.sim.bob);
		expect(refused.body.type).toBe(4);
		expect(refused.body.data.flags).toBe(64);
	});

	it('GIVEN autocomplete THEN at most 25 choices come back', async () => {
		const callback = await h.sim.autocomplete('quote', { speaker: 'la' }, 'speaker');
		expect(callback.body.type).toBe(8);
		expect(callback.body.data.choices).toHaveLength(25);
	});

	it('GIVEN slow work THEN the bot defers (type 5) and then edits the original message', async () => {
		const callback = await h.sim.command('slow');
		expect(callback.body.type).toBe(5);
		const edit = await h.sim.waitForRequest((c) => c.method === 'PATCH' && c.path.endsWith('/messages/@original'));
		expect(edit.body.embeds[0].description).toContain('late but here');
		expect(edit.body.allowed_mentions).toEqual({ parse: [] });
	});

	it('logs each interaction with command, latency and outcome', () => {
		const entries = h.logs.filter((l) => l.event === 'interaction');
		expect(entries.length).toBeGreaterThan(3);
		expect(entries[0]).toMatchObject({ command: 'quote', outcome: 'ok' });
		expect(typeof entries[0]?.ms).toBe('number');
		expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
	});

	it('keeps the gateway alive with heartbeats the simulator acknowledges', async () => {
		await vi.waitFor(() => expect(h.sim.gateway.counts.heartbeat).toBeGreaterThan(0), { timeout: 30_000 });
	});

	it('never logs the token', () => {
		expect(JSON.stringify(h.logs)).not.toContain(TOKEN);
	});

	// Last: the harness stops taking interactions after this.
	it('GIVEN a shutdown while an answer is in flight THEN that answer is still sent and newcomers hear the bot is restarting', async () => {
		const since = Date.now();
		const slow = h.sim.command('slow');
		expect((await slow).body.type).toBe(5);
		await inFlight.drain();
		// Draining waited for the answer: it was sent before drain() resolved.
		const edit = h.sim.requests.find((c) => c.method === 'PATCH' && c.at >= since && c.body?.embeds?.[0]?.description?.includes('late but here'));
		expect(edit?.body.allowed_mentions).toEqual({ parse: [] });
		expect(inFlight.size).toBe(0);
		const late = await h.sim.command('quote', { speaker: 'lavrov' });
		expect(late.body.data.embeds[0].description).toContain('restarting');
		expect(late.body.data.flags).toBe(64);
		expect(late.body.data.allowed_mentions).toEqual({ parse: [] });
	});
});

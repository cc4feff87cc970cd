import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordSimulator } from './simulator.js';

// The simulator's own bookkeeping: each interaction's callback is found by its id, whenever it came.

let sim: DiscordSimulator;
beforeAll(async () => {
	sim = await DiscordSimulator.start();
});
afterAll(async () => sim?.close());

const post = (interactionId: string, body: unknown) =>
	fetch(`${sim.apiUrl}/v10/interactions/${interactionId}/token-${interactionId}/callback`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	}).then((res) => res.status);

describe('simulator: interaction callbacks', () => {
	it('GIVEN a callback made before it is asked for THEN it is found', async () => {
		expect(await post('1000000000000000001', { type: 4, data: { content: 'early' } })).toBe(204);
		const callback = await sim.callback('1000000000000000001');
		expect(callback.body).toEqual({ type: 4, data: { content: 'early' } });
	});

	it('GIVEN a callback made after it is asked for THEN the wait ends with it', async () => {
		const waiting = sim.callback('1000000000000000002');
		expect(await post('1000000000000000002', { type: 5 })).toBe(204);
		expect((await waiting).body).toEqual({ type: 5 });
	});

	it('GIVEN a rate-limited callback, then its retry THEN the accepted one is found, not the 429', async () => {
		sim.rateLimit(/^POST \/interactions\/1000000000000000003\//, 1);
		const waiting = sim.callback('1000000000000000003');
		expect(await post('1000000000000000003', { type: 4, data: { content: 'first try' } })).toBe(429);
		expect(await post('1000000000000000003', { type: 4, data: { content: 'retried' } })).toBe(204);
		expect((await waiting).body.data.content).toBe('retried');
		expect((await waiting).status).toBe(204);
	});

	it('GIVEN a second callback to the same interaction THEN the first accepted one is still the answer', async () => {
		expect(await post('1000000000000000004', { type: 4, data: { content: 'one' } })).toBe(204);
		expect(await post('1000000000000000004', { type: 4, data: { content: 'two' } })).toBe(204);
		expect((await sim.callback('1000000000000000004')).body.data.content).toBe('one');
	});

	it('GIVEN many interactions waited on at once and answered in reverse order THEN each wait ends with its own callback', async () => {
		const ids = Array.from({ length: 200 }, (_, i) => String(2000000000000000000n + BigInt(i)));
		const waits = ids.map((id) => sim.callback(id));
		for (const id of [...ids].reverse()) await post(id, { type: 4, data: { content: id } });
		const found = await Promise.all(waits);
		expect(found.map((c) => c.body.data.content)).toEqual(ids);
		expect(found.map((c) => c.path)).toEqual(ids.map((id) => `/interactions/${id}/token-${id}/callback`));
	});
});

import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/answer/limits.js';
import { createRateLimiter } from '../../src/discord/rate-limit.js';
import { createRouter } from '../../src/discord/router.js';
import { silentLogger } from '../../src/log.js';
import { commandsByName, fakeContext } from './fake-commands.js';

describe('createRateLimiter', () => {
	it('GIVEN a burst THEN the first `burst` pass, the next waits; time refills one at a time; users are independent', () => {
		let t = 0;
		const take = createRateLimiter({ burst: 3, refillSeconds: 2, now: () => t });
		expect([take('a'), take('a'), take('a')]).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
		expect(take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
		expect(take('b')).toEqual({ ok: true });
		t = 1000;
		expect(take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
		t = 2000;
		expect(take('a')).toEqual({ ok: true });
		expect(take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
		t = 60_000;
		expect([take('a'), take('a'), take('a'), take('a')].map((d) => d.ok)).toEqual([true, true, true, false]);
	});

	it('GIVEN more users than it remembers THEN the least recently seen is forgotten and starts afresh', () => {
		const take = createRateLimiter({ burst: 1, refillSeconds: 60, maxUsers: 2, now: () => 0 });
		expect([take('a'), take('b'), take('a')].map((d) => d.ok)).toEqual([true, true, false]);
		expect(take('c').ok).toBe(true); // forgets b, the least recently seen
		expect(take('a').ok).toBe(false);
		expect(take('b').ok).toBe(true);
	});
});

describe('router with limits', () => {
	it('GIVEN a user over the limit THEN a friendly ephemeral notice, autocomplete gets no choices, other users go on', async () => {
		const route = createRouter({
			commands: commandsByName,
			ctx: fakeContext,
			log: silentLogger,
			limits: { commands: createRateLimiter({ burst: 2, refillSeconds: 60 }), autocomplete: createRateLimiter({ burst: 1, refillSeconds: 60 }) },
		});
		const ask = (userId: string) => route({ kind: 'command', id: '1', userId, command: 'quote', options: { speaker: 'lavrov' } });
		expect((await ask('u1')).outcome).toBe('ok');
		expect((await ask('u1')).outcome).toBe('ok');
		const limited = await ask('u1');
		expect(limited.outcome).toBe('rate-limited');
		if (limited.outgoing.type !== 'reply') throw new Error('expected a reply');
		expect(limited.outgoing.payload.flags).toBe(EPHEMERAL);
		expect(limited.outgoing.payload.embeds[0]?.description).toMatch(/faster than Factdesk answers; try again in \d+ s/);
		expect((await ask('u2')).outcome).toBe('ok');
		const complete = () => route({ kind: 'autocomplete', id: '2', userId: 'u1', command: 'quote', options: {}, focused: { name: 'speaker', value: 'l' } });
		expect((await complete()).outgoing).not.toEqual({ type: 'choices', choices: [] });
		expect(await complete()).toEqual({ command: 'quote', outcome: 'rate-limited', outgoing: { type: 'choices', choices: [] } });
	});
});

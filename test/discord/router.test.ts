import { describe, expect, it } from 'vitest';
import { EPHEMERAL } from '../../src/answer/limits.js';
import { decodePagingId } from '../../src/discord/custom-id.js';
import type { Outgoing, Routed } from '../../src/discord/router.js';
import { createRouter } from '../../src/discord/router.js';
import { createLogger } from '../../src/log.js';
import { commandsByName, fakeContext } from './fake-commands.js';

const lines: string[] = [];
const route = createRouter({ commands: commandsByName, ctx: fakeContext, log: createLogger({ write: (l) => lines.push(l) }) });
const user = '111111111111111111';
const payloadOf = (o: Outgoing) => (o.type === 'choices' ? undefined : o.payload);
const nextId = (r: Routed) => payloadOf(r.outgoing)?.components[0]?.components[1]?.custom_id ?? '';

describe('router', () => {
	it('GIVEN a command THEN it parses options, handles and renders a reply with paging buttons for this user', async () => {
		const r = await route({ kind: 'command', id: '1', userId: user, command: 'quote', options: { speaker: 'lavrov', topic: 'trade' } });
		expect(r.outcome).toBe('ok');
		expect(r.outgoing.type).toBe('reply');
		expect(payloadOf(r.outgoing)?.embeds[0]?.description).toContain('Quote 0 on trade');
		expect(decodePagingId(nextId(r))).toEqual({ command: 'quote', page: 1, userId: user, values: ['lavrov', 'trade'] });
	});

	it('GIVEN the owner presses Next THEN the message is updated with page 2', async () => {
		const first = await route({ kind: 'command', id: '1', userId: user, command: 'quote', options: { speaker: 'lavrov' } });
		const r = await route({ kind: 'button', id: '2', userId: user, customId: nextId(first) });
		expect(r.outgoing.type).toBe('update');
		expect(payloadOf(r.outgoing)?.embeds[0]?.footer?.text).toContain('Page 2/3');
	});

	it('GIVEN another user presses Next THEN they are refused politely and privately', async () => {
		const first = await route({ kind: 'command', id: '1', userId: user, command: 'quote', options: { speaker: 'lavrov' } });
		const r = await route({ kind: 'button', id: '3', userId: '222222222222222222', customId: nextId(first) });
		expect(r.outcome).toBe('refused');
		expect(r.outgoing.type).toBe('reply');
		expect(payloadOf(r.outgoing)?.flags).toBe(EPHEMERAL);
		expect(payloadOf(r.outgoing)?.embeds[0]?.description).toContain('Only the person who ran /quote');
	});

	it('GIVEN nothing found THEN the outcome is not-found and the reply ephemeral', async () => {
		const r = await route({ kind: 'command', id: '4', userId: user, command: 'quote', options: { speaker: 'lavrof' } });
		expect(r.outcome).toBe('not-found');
		expect(payloadOf(r.outgoing)?.flags).toBe(EPHEMERAL);
	});

	it('GIVEN bad options or an unknown command THEN a friendly ephemeral notice', async () => {
		const bad = await route({ kind: 'command', id: '5', userId: user, command: 'quote', options: { speaker: 'x'.repeat(70) } });
		expect(bad.outcome).toBe('bad-options');
		expect(payloadOf(bad.outgoing)?.embeds[0]?.description).toContain('speaker');
		const unknown = await route({ kind: 'command', id: '6', userId: user, command: 'nope', options: {} });
		expect(unknown.outcome).toBe('unknown-command');
		expect(payloadOf(unknown.outgoing)?.flags).toBe(EPHEMERAL);
	});

	it('GIVEN a handler that throws THEN the error is logged with the interaction id and the reply has no details', async () => {
		const r = await route({ kind: 'command', id: '77', userId: user, command: 'quote', options: { speaker: 'boom' } });
		expect(r.outcome).toBe('error');
		const text = JSON.stringify(r.outgoing);
		expect(text).not.toContain('kaboom');
		expect(text).not.toContain('/secret/path');
		expect(payloadOf(r.outgoing)?.flags).toBe(EPHEMERAL);
		const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.interactionId === '77');
		expect(logged?.event).toBe('interaction failed');
		expect(JSON.stringify(logged)).toContain('kaboom');
	});

	it('GIVEN autocomplete THEN at most 25 valid choices with names cut to 100', async () => {
		const r = await route({ kind: 'autocomplete', id: '8', userId: user, command: 'quote', options: {}, focused: { name: 'speaker', value: 'la' } });
		if (r.outgoing.type !== 'choices') throw new Error('expected choices');
		expect(r.outgoing.choices).toHaveLength(25);
		expect(r.outgoing.choices.every((c) => c.name.length <= 100 && c.value.length <= 100 && c.value.length >= 1)).toBe(true);
		expect(r.outgoing.choices[0]?.name.endsWith('…')).toBe(true);
	});

	it('GIVEN a foreign custom id THEN the user is told the button is stale', async () => {
		const r = await route({ kind: 'button', id: '9', userId: user, customId: 'whatever' });
		expect(r.outcome).toBe('stale');
	});
});

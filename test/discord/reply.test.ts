import { describe, expect, it } from 'vitest';
import { renderEmbedPage, renderNotice } from '../../src/answer/embed.js';
import type { ReplyPayload } from '../../src/answer/embed.js';
import { EPHEMERAL } from '../../src/answer/limits.js';
import type { ReplyTarget } from '../../src/discord/reply.js';
import { respond } from '../../src/discord/reply.js';
import type { Incoming, Routed } from '../../src/discord/router.js';
import { createLogger } from '../../src/log.js';
import { answer, item } from '../answer/fixtures.js';

function recorder() {
	const calls: [string, unknown?][] = [];
	const record = (name: string) => async (arg?: unknown) => void calls.push([name, arg]);
	const target: ReplyTarget = {
		reply: record('reply'),
		update: record('update'),
		choices: record('choices'),
		defer: async (kind, ephemeral) => void calls.push(['defer', { kind, ephemeral }]),
		editOriginal: record('editOriginal'),
		deleteOriginal: record('deleteOriginal'),
		followUp: record('followUp'),
	};
	return { calls, target };
}

const lines: string[] = [];
const log = createLogger({ write: (l) => lines.push(l) });
const command: Incoming = { kind: 'command', id: '42', userId: '1', command: 'quote', options: {} };
const routed = (payload: ReplyPayload, outcome: Routed['outcome'] = 'ok'): Routed => ({ command: 'quote', outcome, outgoing: { type: 'reply', payload } });
const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const mentionsAll = { ...renderEmbedPage(answer([item('hi')])), allowed_mentions: { parse: ['everyone'] } } as unknown as ReplyPayload;

describe('respond', () => {
	it('GIVEN an answer that costs more than its budget THEN the interaction is logged with its work time and a warning', async () => {
		const { target } = recorder();
		let t = 0;
		const slow = async () => ((t += 300), routed(renderEmbedPage(answer([item('hi')]))));
		await respond(target, command, slow, { log, now: () => t });
		const entries = lines.slice(-2).map((l) => JSON.parse(l) as Record<string, unknown>);
		expect(entries[0]).toMatchObject({ level: 'info', event: 'interaction', workMs: 300 });
		expect(entries[1]).toMatchObject({ level: 'warn', event: 'answer over its time budget', workMs: 300, budgetMs: 250, command: 'quote' });
	});


	it('GIVEN deferFirst THEN it acknowledges before the work starts, then edits the original with the answer', async () => {
		const { calls, target } = recorder();
		await respond(target, command, async () => (calls.push(['work']), routed(renderEmbedPage(answer([item('hi')])))), { log, deferFirst: true });
		expect(calls.map((c) => c[0])).toEqual(['defer', 'work', 'editOriginal']);
		expect(calls[0]?.[1]).toEqual({ kind: 'reply', ephemeral: false });
		expect(JSON.parse(lines.at(-1)!)).toMatchObject({ event: 'interaction', outcome: 'ok', deferred: true });
	});


	it('GIVEN fast work THEN it replies once, forces allowed_mentions to parse nothing, and logs latency and outcome', async () => {
		const { calls, target } = recorder();
		await respond(target, command, async () => routed(mentionsAll), { log });
		expect(calls.map((c) => c[0])).toEqual(['reply']);
		expect((calls[0]?.[1] as ReplyPayload).allowed_mentions).toEqual({ parse: [] });
		const entry = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
		expect(entry).toMatchObject({ event: 'interaction', interactionId: '42', command: 'quote', outcome: 'ok', deferred: false });
		expect(typeof entry.ms).toBe('number');
	});

	it('GIVEN slow work THEN it defers first and then edits the original reply', async () => {
		const { calls, target } = recorder();
		await respond(target, command, () => later(routed(renderEmbedPage(answer([item('hi')]))), 60), { log, deferAfterMs: 10 });
		expect(calls.map((c) => c[0])).toEqual(['defer', 'editOriginal']);
	});

	it('GIVEN an interaction that reached the bot a while ago THEN the deferral delay counts from its arrival', async () => {
		const { calls, target } = recorder();
		const receivedAt = Date.now() - 1000;
		await respond(target, command, () => later(routed(renderEmbedPage(answer([item('hi')]))), 100), { log, deferAfterMs: 1050, receivedAt });
		expect(calls.map((c) => c[0])).toEqual(['defer', 'editOriginal']);
	});

	it('GIVEN slow work ending in a private answer THEN the public placeholder is replaced by an ephemeral follow-up', async () => {
		const { calls, target } = recorder();
		await respond(target, command, () => later(routed(renderNotice('nope'), 'not-found'), 60), { log, deferAfterMs: 10 });
		expect(calls.map((c) => c[0])).toEqual(['defer', 'deleteOriginal', 'followUp']);
		expect((calls[2]?.[1] as ReplyPayload).flags).toBe(EPHEMERAL);
	});

	it('GIVEN a slow page turn THEN it acknowledges with a deferred update and edits the message', async () => {
		const { calls, target } = recorder();
		const button: Incoming = { kind: 'button', id: '43', userId: '1', customId: 'p|quote|1|1' };
		const update: Routed = { command: 'quote', outcome: 'ok', outgoing: { type: 'update', payload: renderEmbedPage(answer([item('hi')])) } };
		await respond(target, button, () => later(update, 60), { log, deferAfterMs: 10 });
		expect(calls).toEqual([['defer', { kind: 'update', ephemeral: false }], ['editOriginal', expect.anything()]]);
	});

	it('GIVEN sending fails THEN the failure is logged, not thrown', async () => {
		const { target } = recorder();
		target.reply = async () => {
			throw new Error('network down');
		};
		await expect(respond(target, command, async () => routed(renderNotice('x')), { log })).resolves.toBeUndefined();
		expect(lines.some((l) => l.includes('reply failed') && l.includes('network down'))).toBe(true);
	});
});

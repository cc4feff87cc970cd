import { describe, expect, it } from 'vitest';
import { renderEmbedPage } from '../../src/answer/embed.js';
import { type ReplyTarget, respond } from '../../src/discord/reply.js';
import type { Incoming, Routed } from '../../src/discord/router.js';
import { createTurns } from '../../src/discord/turns.js';
import { silentLogger } from '../../src/log.js';
import { answer, item } from '../answer/fixtures.js';

/** Holds the thread as a synchronous query on the embedded store does. */
const busy = (ms: number) => {
	const until = performance.now() + ms;
	while (performance.now() < until);
};

const command = (id: string): Incoming => ({ kind: 'command', id, userId: '1', command: 'quote', options: {} });
const routed: Routed = { command: 'quote', outcome: 'ok', outgoing: { type: 'reply', payload: renderEmbedPage(answer([item('hi')])) } };

function recorder(calls: string[], id: string): ReplyTarget {
	const record = (name: string) => async () => void calls.push(`${name} ${id}`);
	return {
		reply: record('reply'),
		update: record('update'),
		choices: record('choices'),
		defer: record('defer'),
		editOriginal: record('editOriginal'),
		deleteOriginal: record('deleteOriginal'),
		followUp: record('followUp'),
	};
}

describe('turns', () => {
	it('GIVEN tasks queued together THEN they start in order, one per turn of the event loop, so a timer fires between them', async () => {
		const turns = createTurns();
		const seen: string[] = [];
		const first = turns.run(async () => {
			setTimeout(() => seen.push('timer'), 0);
			busy(20);
			seen.push('first');
		});
		const second = turns.run(async () => void seen.push('second'));
		expect(turns.waiting).toBe(2);
		await Promise.all([first, second]);
		expect(seen).toEqual(['first', 'timer', 'second']);
	});

	it(
		'GIVEN a command whose turn comes after the deferral delay THEN it is deferred before its work, and a deferFirst one is acknowledged at its turn',
		async () => {
			const turns = createTurns();
			const calls: string[] = [];
			const work = (id: string, ms: number) => async () => (calls.push(`work ${id}`), busy(ms), routed);
			const options = { log: silentLogger, turns, deferAfterMs: 30 };
			await Promise.all([
				respond(recorder(calls, 'a'), command('a'), work('a', 80), options),
				respond(recorder(calls, 'b'), command('b'), work('b', 1), options),
				respond(recorder(calls, 'c'), command('c'), work('c', 1), { ...options, deferFirst: true, deferAfterMs: 2000 }),
			]);
			expect(calls).toEqual(['work a', 'reply a', 'defer b', 'work b', 'editOriginal b', 'defer c', 'work c', 'editOriginal c']);
		},
	);
});

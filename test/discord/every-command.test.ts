import { describe, expect, it } from 'vitest';
import { commands, commandsByName } from '../../commands/index.js';
import { parseLine } from '../../src/cli/console-line.js';
import { createRouter } from '../../src/discord/router.js';
import { ingest } from '../../src/facts/build-folder.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import { silentLogger } from '../../src/log.js';
import { expectWithinLimits } from '../answer/embed-limits.js';

// Every command's own example, through the router and the embed renderer, against the real facts.

const route = createRouter({ commands: commandsByName, ctx: { store: new MemoryFactStore(ingest('data/articles').facts) }, log: silentLogger });

describe('every command example renders a valid Discord reply', () => {
	it.each(commands.map((c) => [c.definition.name, c.example] as const))('/%s (%s)', async (_name, example) => {
		const parsed = parseLine(example, commandsByName);
		if (!parsed.ok) throw new Error(parsed.message);
		const routed = await route({ kind: 'command', id: '1', userId: '123456789012345678', command: parsed.command, options: parsed.options });
		expect(routed.outcome).toBe('ok');
		if (routed.outgoing.type !== 'reply') throw new Error('expected a reply');
		expectWithinLimits(routed.outgoing.payload);
		// Every page, too.
		const next = routed.outgoing.payload.components[0]?.components[1]?.custom_id;
		if (next) {
			const page = await route({ kind: 'button', id: '2', userId: '123456789012345678', customId: next });
			if (page.outgoing.type !== 'update') throw new Error('expected an update');
			expectWithinLimits(page.outgoing.payload);
		}
	});
});

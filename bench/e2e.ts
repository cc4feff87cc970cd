import { performance } from 'node:perf_hooks';
import { commandsByName } from '../commands/index.js';
import type { CommandContext } from '../src/command.js';
import { startHarness } from '../test/e2e/harness.js';
import { type Latency, latency } from './measure.js';
import { type CaseInputs, queryCases } from './queries.js';

// Round trips through the real gateway bot and the local Discord simulator (test/e2e): from the interaction
// dispatched on the simulated gateway to the bot's callback arriving at the simulated REST API.

export interface RoundTrip {
	label: string;
	latency: Latency;
	/** How many replies were deferred (took longer than the defer threshold). */
	deferred: number;
}

const LABELS = [
	'quote speaker=surname',
	'met person',
	'facts topic',
	'search text',
	'who name',
	'sources',
	'timeline',
	'autocomplete speaker 2 letters',
	'autocomplete speaker ""',
];

export async function roundTrips(ctx: CommandContext, inputs: CaseInputs, seed: number, runs = 40): Promise<RoundTrip[]> {
	const h = await startHarness(commandsByName, ctx);
	try {
		const out: RoundTrip[] = [];
		for (const c of queryCases(inputs, seed).filter((c) => LABELS.includes(c.label))) {
			const samples: number[] = [];
			const before = h.logs.filter((l) => l.event === 'interaction' && l.deferred === true).length;
			for (let i = 0; i < runs + 2; i++) {
				const options = Object.fromEntries(Object.entries(c.inputs[i % c.inputs.length]!).map(([k, v]) => [k, String(v)]));
				const start = performance.now();
				if (c.focused) await h.sim.autocomplete(c.command, options, c.focused);
				else await h.sim.command(c.command, options);
				if (i >= 2) samples.push(performance.now() - start);
			}
			const deferred = h.logs.filter((l) => l.event === 'interaction' && l.deferred === true).length - before;
			out.push({ label: c.label, latency: latency(samples), deferred });
		}
		return out;
	} finally {
		await h.stop();
	}
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/answer/answer.js';
import { ingest } from '../../src/facts/build-folder.js';
import { type CliResult, runCli } from './run-cli.js';

// A question of several words in one argument, or after `ask`, goes to /ask.

const dir = mkdtempSync(join(tmpdir(), 'factdesk-question-'));
const data = join(dir, 'facts.json');
let met: CliResult;
let climate: CliResult;
let viaCommand: CliResult;

beforeAll(async () => {
	writeFileSync(data, JSON.stringify(ingest('data/articles').facts));
	[met, climate, viaCommand] = await Promise.all([
		runCli('src/cli/ask.ts', ['--json', '--data', data, 'who did xi meet in may']),
		runCli('src/cli/ask.ts', ['--json', '--data', data, 'what did lavrov say about climate change']),
		runCli('src/cli/ask.ts', ['--data', data, 'ask', 'who is peskov']),
	]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ask a question', () => {
	it('GIVEN "who did xi meet in may" THEN Vladimir Putin on 2024-05-16, with its citation', () => {
		expect(met.code).toBe(0);
		const answer = answerSchema.parse(JSON.parse(met.stdout));
		expect(answer.title).toBe('Meetings, calls and visits of Xi Jinping in May');
		expect(answer.items[0]).toMatchObject({ kind: 'meeting', cite: 1, details: { date: '2024-05-16' } });
		expect(answer.items[0]!.label).toContain('Vladimir Putin');
		expect(answer.sources[0]).toMatchObject({ n: 1, published: '2024-05-16' });
	});

	it('GIVEN "what did lavrov say about climate change" THEN the coverage does not say, and none of his quotes is shown', () => {
		expect(climate.code).toBe(0);
		const answer = answerSchema.parse(JSON.parse(climate.stdout));
		expect(answer.notFound).toBe("The coverage doesn't say what Sergei Lavrov said about climate change.");
		expect(answer.items.some((i) => i.kind === 'quote' || i.label === 'Sergei Lavrov')).toBe(false);
	});

	it('GIVEN ask "who is peskov" THEN the reading and his role as text', () => {
		expect(viaCommand.code).toBe(0);
		expect(viaCommand.stdout).toMatch(/^Who is Dmitry Peskov\n/);
		expect(viaCommand.stdout).toContain('Kremlin spokesman');
	});
});

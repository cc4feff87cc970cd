import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/answer/answer.js';
import { ingest } from '../../src/facts/load.js';
import { WSJ_ID, WSJ_METADATA } from '../seed-articles.js';
import { type CliResult, runCli } from './run-cli.js';

// Each run starts a process (about a second), so the runs start together and the tests read their results.

const USAGE = 'usage: npm run --silent ask -- [--json] [--data FILE] <command> <args…>';
const dir = mkdtempSync(join(tmpdir(), 'factdesk-ask-'));
const data = join(dir, 'facts.json');
let json: CliResult;
let unknown: CliResult;
let noCommand: CliResult;

beforeAll(async () => {
	writeFileSync(data, JSON.stringify(ingest('data/articles').facts));
	[json, unknown, noCommand] = await Promise.all([
		runCli('src/cli/ask.ts', ['--json', '--data', data, 'quote', 'lavrov']),
		runCli('src/cli/ask.ts', ['--data', data, 'quote', 'lavorv']),
		runCli('src/cli/ask.ts', ['--data', data]),
	]);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ask', () => {
	it('GIVEN --json quote lavrov THEN the answer as JSON: the verbatim quotes, his name and the full citation', () => {
		expect(json.code).toBe(0);
		const answer = answerSchema.parse(JSON.parse(json.stdout));
		expect(answer.items.filter((i) => i.kind === 'quote').map((i) => [i.label, i.text])).toEqual([
			['Sergei Lavrov', 'There is no place for dictatorship, hegemony, neocolonial and colonial practices, which are now being applied by the United States and all the rest of the collective West unquestioningly submitting to the will of Washington,'],
			['Sergei Lavrov', 'grateful to our Chinese friends for their objective, balanced position, and for their willingness to play a positive role in the matter of a political and diplomatic settlement.'],
			['Sergei Lavrov', 'an overt anti-Chinese, anti-Russian orientation,'],
			['Sergei Lavrov', 'break the security architecture'],
		]);

		expect(answer.sources).toEqual([
			{ n: 1, article: WSJ_ID, ...WSJ_METADATA },
		]);
	});

	it('GIVEN an unknown name THEN "nothing found" with suggestions, and exit 0', () => {
		expect(unknown).toEqual({ code: 0, stdout: 'Nothing found for "lavorv"\nThe articles name no one called "lavorv".\nDid you mean: Sergei Lavrov\n\n', stderr: expect.any(String) });
	});

	it('GIVEN no command THEN exit 2 with the usage line, and nothing on stdout', () => {
		expect({ code: noCommand.code, stdout: noCommand.stdout }).toEqual({ code: 2, stdout: '' });
		expect(noCommand.stderr).toContain(USAGE);
	});
});

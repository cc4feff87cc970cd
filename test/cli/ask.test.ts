import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/answer/answer.js';
import { ask } from '../../src/cli/ask.js';
import { ingest } from '../../src/facts/build-folder.js';
import { WSJ_ID, WSJ_METADATA } from '../seed-articles.js';
import { type CliResult, runCli } from './run-cli.js';

// `ask` runs in-process (its output captured), as `npm run ask` would run it; one smoke test starts the real process.

const USAGE = 'usage: npm run --silent ask -- [--json | --explain] [--data FILE] <command> <args…>';
const dir = mkdtempSync(join(tmpdir(), 'factdesk-ask-'));
const data = join(dir, 'facts.json');

/** Runs ask in this process: its exit code and what it wrote, each line ending in a newline as on a terminal. */
async function run(...argv: string[]): Promise<CliResult> {
	let stdout = '';
	let stderr = '';
	const code = await ask(argv, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
	return { code, stdout, stderr };
}

let json: CliResult;
let unknown: CliResult;
let noCommand: CliResult;

beforeAll(async () => {
	writeFileSync(data, JSON.stringify(ingest('data/articles').facts));
	json = await run('--json', '--data', data, 'quote', 'lavrov');
	unknown = await run('--data', data, 'quote', 'lavorv');
	noCommand = await run('--data', data);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ask', () => {
	it('GIVEN --json quote lavrov THEN the answer as JSON: the verbatim quotes, his name and the full citation', () => {
		expect(json.code).toBe(0);
		const answer = answerSchema.parse(JSON.parse(json.stdout));
		expect(answer.items.filter((i) => i.kind === 'quote').map((i) => [i.label, i.text])).toEqual([
			[
				'Sergei Lavrov',
				'There is no place for dictatorship, hegemony, neocolonial and colonial practices, which are now being applied by the United States ' +
					'and all the rest of the collective West unquestioningly submitting to the will of Washington,',
			],
			[
				'Sergei Lavrov',
				'grateful to our Chinese friends for their objective, balanced position, and for their willingness to play a positive role in the matter ' +
					'of a political and diplomatic settlement.',
			],
			['Sergei Lavrov', 'an overt anti-Chinese, anti-Russian orientation,'],
			['Sergei Lavrov', 'break the security architecture'],
		]);

		expect(answer.sources).toEqual([
			{ n: 1, article: WSJ_ID, ...WSJ_METADATA },
		]);
	});

	it('GIVEN an unknown name THEN "nothing found" with suggestions, and exit 0', () => {
		expect(unknown).toEqual({
			code: 0,
			stdout: 'Nothing found for "lavorv"\nThe articles name no one called "lavorv".\nDid you mean: Sergei Lavrov\n\n',
			stderr: expect.any(String),
		});
	});

	it('GIVEN no command THEN exit 2 with the usage line, and nothing on stdout', () => {
		expect({ code: noCommand.code, stdout: noCommand.stdout }).toEqual({ code: 2, stdout: '' });
		expect(noCommand.stderr).toContain(USAGE);
	});

	it('GIVEN --explain quote lavrov THEN each quote with the rule that decided, its evidence and the passes tried before', async () => {
		const { code, stdout } = await run('--explain', '--data', data, 'quote', 'lavrov');
		expect(code).toBe(0);
		const why = stdout.slice(stdout.indexOf('Why: Quotes: Sergei Lavrov'));
		expect(why).toContain('1. Sergei Lavrov: There is no place for dictatorship');
		expect(why).toContain('   rule: speaker-after/name (the quote pass "speaker-after", its speaker found by "name")');
		expect(why).toContain('   evidence: “Lavrov said” at 1240–1251');
		expect(why).toContain('   rule: speaker-before/pronoun (the quote pass "speaker-before", its speaker found by "pronoun")');
		expect(why).toContain('   evidence: “He accused” at 3307–3317');
		expect(why).toContain('   tried before: speaker-after, person-before-body-after, body-after');
		expect(why.match(/^\d+\. /gm)).toHaveLength(4);
	});

	it('GIVEN --explain who xi THEN his quotes and meetings, each with the rules that decided them', async () => {
		const { code, stdout } = await run('--explain', '--data', data, 'who', 'xi');
		expect(code).toBe(0);
		expect(stdout).toContain('Why: ');
		expect(stdout).toMatch(/rule: speaker-after\/name .*\n {3}evidence: “Xi told” at 1127–1134/);
		expect(stdout).toMatch(/kind: [a-z.-]+ \(“/);
	});

	it('GIVEN --json with --explain THEN exit 2 with the usage line', async () => {
		const both = await run('--json', '--explain', '--data', data, 'quote', 'lavrov');
		expect({ code: both.code, stdout: both.stdout }).toEqual({ code: 2, stdout: '' });
		expect(both.stderr).toContain(USAGE);
	});
});

describe('ask as a process', () => {
	it('GIVEN npm run ask --json quote lavrov THEN it starts, answers on stdout and exits 0', async () => {
		const spawned = await runCli('src/cli/ask.ts', ['--json', '--data', data, 'quote', 'lavrov']);
		expect(spawned.code).toBe(0);
		expect(answerSchema.parse(JSON.parse(spawned.stdout)).items.filter((i) => i.kind === 'quote').map((i) => i.label)).toEqual([
			'Sergei Lavrov',
			'Sergei Lavrov',
			'Sergei Lavrov',
			'Sergei Lavrov',
		]);
	}, 180_000);
});

describe('ask with a facts file that refers to what it does not hold', () => {
	it('GIVEN a quote citing an unknown article THEN exit 1 with one line naming the file and the quote, no stack trace', async () => {
		const facts = ingest('data/articles').facts;
		facts.quotes[0]!.span.article = 'no-such-article';
		const broken = join(dir, 'unknown-article.json');
		writeFileSync(broken, JSON.stringify(facts));
		const spawned = await runCli('src/cli/ask.ts', ['--data', broken, 'quote', 'lavrov']);
		expect(spawned).toEqual({
			code: 1,
			stdout: '',
			stderr: `${broken} refers to what it does not hold: quotes[0] (${facts.quotes[0]!.id}).span cites the unknown article "no-such-article"\n`,
		});
	}, 180_000);
});

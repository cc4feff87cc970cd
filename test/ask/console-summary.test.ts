import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { commandsByName } from '../../commands/index.js';
import { runConsole } from '../../src/cli/console.js';
import { ingest } from '../../src/facts/build-folder.js';
import { MemoryFactStore } from '../../src/facts/store.js';
import { summarize } from '../../src/facts/summarize.js';
import { runCommand } from '../../src/run-command.js';

const seeds = new MemoryFactStore(ingest('data/articles').facts);

async function consoleRun(lines: string[]): Promise<string> {
	const input = new PassThrough();
	const output = new PassThrough();
	let text = '';
	output.on('data', (chunk) => (text += String(chunk)));
	const done = runConsole({ input, output, errors: new PassThrough(), commands: commandsByName, ctx: { store: seeds }, interactive: false });
	input.end(lines.join('\n'));
	await done;
	return text;
}

describe('questions in the console', () => {
	it('GIVEN a question typed without a slash THEN /ask answers it, and a follow-up leans on it', async () => {
		const text = await consoleRun(['who did xi meet in may', 'when was that', 'quote lavrov']);
		expect(text).toContain('Meetings, calls and visits of Xi Jinping in May\n');
		expect(text).toContain('follow-up read as “when did Xi Jinping meet Vladimir Putin in May”');
		// A command typed without its slash is still that command.
		expect(text).toContain('Quotes: Sergei Lavrov');
	});

	it('GIVEN /ask typed with its slash THEN the question is answered the same way, and a follow-up leans on it', async () => {
		const text = await consoleRun(['/ask who did xi meet in may', '/ask when was that']);
		expect(text).toContain('Meetings, calls and visits of Xi Jinping in May\n');
		expect(text).toContain('2024-05-16');
		expect(text).toContain('follow-up read as “when did Xi Jinping meet Vladimir Putin in May”');
	});
});

describe('summaries across articles', () => {
	const dir = mkdtempSync(join(tmpdir(), 'factdesk-summary-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const article = (name: string, outlet: string, published: string, body: string) =>
		writeFileSync(
			join(dir, name),
			`---\ntitle: "${outlet} on the port"\noutlet: "${outlet}"\nauthors: []\npublished: ${published}\nlanguage: en\n---\n${body}\n`,
		);

	it('GIVEN two outlets telling one point with different figures THEN one point citing both, and the other figure shown', async () => {
		article(
			'a.md',
			'Harbour Times',
			'2024-03-01',
			'The port of Talvik handled 120 ships in March after the new quay opened.\n\nOfficials praised the quay.',
		);
		article(
			'b.md',
			'Coast Daily',
			'2024-03-02',
			'The port of Talvik handled 140 ships in March after the new quay opened.\n\nFishermen complained about the noise.',
		);
		const store = new MemoryFactStore(ingest(dir).facts);
		const answer = await summarize(store, 'talvik');
		const point = answer.items.find((i) => i.text.includes('120 ships'))!;
		expect(point.details['also reported in']).toBe('[2]');
		expect(answer.items.find((i) => i.text.includes('140 ships'))?.label).toBe('Another account, with a different figure');
		expect(answer.sources.map((s) => s.outlet)).toEqual(['Harbour Times', 'Coast Daily']);
		expect(answer.lead).toContain('1 differing accounts shown');
	});

	it('GIVEN two outlets telling one point on different days THEN one point citing both, and the other day shown', async () => {
		const days = mkdtempSync(join(tmpdir(), 'factdesk-summary-days-'));
		try {
			const write = (name: string, outlet: string, body: string) =>
				writeFileSync(
					join(days, name),
					`---\ntitle: "${outlet} on Varna"\noutlet: "${outlet}"\nauthors: []\npublished: 2024-03-08\nlanguage: en\n---\n${body}\n`,
				);
			write('a.md', 'Harbour Times', 'The mayor of Varna opened the new bridge over the river on Tuesday.\n\nTraffic was light.');
			write('b.md', 'Coast Daily', 'The mayor of Varna opened the new bridge over the river on Wednesday.\n\nIt rained.');
			write('c.md', 'River Post', 'The mayor of Varna opened the new bridge over the river.\n\nA band played.');
			const answer = await summarize(new MemoryFactStore(ingest(days).facts), 'varna');
			const [point, ...versions] = answer.items;
			expect(point!.details['also reported in']).toBe('[2] [3]');
			// Whichever account leads the point, both days are shown, each labelled as one account's.
			const told = [point!, ...versions].filter((i) => /on (?:Tuesday|Wednesday)/.test(i.text)).map((i) => i.text.match(/Tuesday|Wednesday/)![0]);
			expect(told.sort()).toEqual(['Tuesday', 'Wednesday']);
			for (const v of versions) expect(v.label).toMatch(/^(?:Another account, with a different date|One account, with its date)$/);
			expect(answer.lead).toContain('differing accounts shown');
		} finally {
			rmSync(days, { recursive: true, force: true });
		}
	});

	it('GIVEN /summary with no subject, a topic, or an article title THEN the coverage, the topic across articles, or that article', async () => {
		const all = await runCommand(commandsByName.get('summary')!, {}, { store: seeds });
		const onTrade = await runCommand(commandsByName.get('summary')!, { subject: 'trade' }, { store: seeds });
		const oneArticle = await runCommand(commandsByName.get('summary')!, { subject: 'Russia, China Bolster Ties to Defy U.S.' }, { store: seeds });
		expect(all.ok && all.answer.title).toBe('Summary of the coverage');
		expect(all.ok && new Set(all.answer.items.map((i) => i.cite)).size).toBe(2);
		expect(onTrade.ok && onTrade.answer.items.every((i) => /trade|economic/i.test(i.text))).toBe(true);
		expect(oneArticle.ok && oneArticle.answer.title).toBe('Summary: Russia, China Bolster Ties to Defy U.S.');
	});
});

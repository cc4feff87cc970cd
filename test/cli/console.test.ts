import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/cli/console-line.js';
import { runConsole } from '../../src/cli/console.js';
import { commandsByName, fakeContext } from '../discord/fake-commands.js';

const parse = (line: string) => parseLine(line, commandsByName);

describe('parseLine', () => {
	it('GIVEN positional words THEN they fill options in definition order, running together', () => {
		expect(parse('/quote lavrov')).toEqual({ ok: true, command: 'quote', options: { speaker: 'lavrov' } });
		expect(parse('/quote sergei lavrov topic:trade war')).toEqual({
			ok: true,
			command: 'quote',
			options: { speaker: 'sergei lavrov', topic: 'trade war' },
		});
		expect(parse('quote topic:trade lavrov')).toEqual({ ok: true, command: 'quote', options: { topic: 'trade lavrov' } });
		expect(parse('/quote "sergei lavrov" "trade"')).toEqual({ ok: true, command: 'quote', options: { speaker: 'sergei lavrov', topic: 'trade' } });
		expect(parse('/quote topic:"trade war" lavrov')).toEqual({ ok: true, command: 'quote', options: { topic: 'trade war', speaker: 'lavrov' } });
		expect(parse('/slow')).toEqual({ ok: true, command: 'slow', options: {} });
	});

	it('GIVEN mistakes THEN friendly messages', () => {
		expect(parse('/nope x')).toMatchObject({ ok: false, message: expect.stringContaining('Unknown command /nope. Commands: /quote, /slow') });
		expect(parse('/quote "a" "b" "c"')).toMatchObject({ ok: false, message: expect.stringContaining('Too many values') });
		expect(parse('/quote "lavrov')).toMatchObject({ ok: false, message: expect.stringContaining('not closed') });
	});
});

describe('runConsole', () => {
	it('GIVEN lines on stdin THEN it prints answers as text, errors to stderr, and ends at end of input', async () => {
		const input = new PassThrough();
		const output = new PassThrough();
		const errors = new PassThrough();
		let out = '';
		let err = '';
		output.on('data', (d) => (out += String(d)));
		errors.on('data', (d) => (err += String(d)));
		input.end('/quote lavrov topic:trade\n\n# comment\n/quote lavrof\n/unknown\n/quote ' + 'x'.repeat(70) + '\n');
		const failed = await runConsole({ input, output, errors, commands: commandsByName, ctx: fakeContext, interactive: false });
		expect(failed).toBe(2);
		expect(out).toContain('Quotes by Sergei Lavrov\n20 quotes\n\n[1] Sergei Lavrov: “Quote 0 on trade”');
		expect(out).toContain('Sources\n[1] Article 1 — Reuters');
		expect(out).toContain('No speaker called "lavrof".\nDid you mean: Sergei Lavrov');
		expect(err).toContain('Unknown command /unknown');
		expect(err).toContain('Those options do not work for /quote');
	});
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFrontMatter } from '../../src/articles/front-matter.js';

const yaml = (text: string) => parseYaml(text, { schema: 'core' });
/** What readFrontMatter gives, or the message it throws. */
const read = (text: string, reader: (text: string) => unknown) => {
	try {
		return { value: reader(text) };
	} catch (error) {
		return { error: (error as Error).message };
	}
};
const sameAsYaml = (text: string) => {
	const got = read(text, readFrontMatter);
	expect(got).toEqual(read(text, yaml));
	// Key order too: the facts keep what the front matter gives in the order it gives it.
	if ('value' in got) expect(JSON.stringify(got.value)).toBe(JSON.stringify(read(text, yaml).value));
};

describe('readFrontMatter', () => {
	it.each([
		['title: "Talks in Geneva"\noutlet: "Reuters"\nauthors: ["Jane Doe","John Roe"]\npublished: 2024-05-16\nurl: "https://example.com/a"'],
		['title: "He said \\"no\\" and left \\\\ twice"\nauthors: []\npublished: null\nlanguage: en'],
		['title: "Zürich’s “view” — 😀"\nauthors: ["A", "B"]\nurl: https://example.com/2024/05/16/talks-end?x=1&y=2'],
		['title: "Two  spaces  kept "\npublished: 2024-13-45'],
		// Not of the plain form: the parser decides, whatever it makes of it.
		['title: Talks in Geneva\npublished: 2024-05-16'],
		['title: "a"\ntitle: "b"'],
		['title: "a" # comment'],
		['title: "tab\\tescape"'],
		['title: "unicode \\u00e9 escape"'],
		['page: 12\ntitle: "x"'],
		['published: 2024-05-16T10:00:00Z'],
		['url: https://example.com:8080/a'],
		['language: yes\ntitle: "x"'],
		['title: "x"\r\npublished: null'],
		['authors:\n  - "A"\n  - "B"'],
		['title: "unclosed'],
		[''],
	])('reads %j as the YAML parser does', (text) => sameAsYaml(text));

	it('reads every fixture article’s front matter as the YAML parser does', () => {
		const root = join(import.meta.dirname, '..', 'fixtures');
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && f.includes('articles'));
		expect(files.length).toBeGreaterThan(100);
		for (const file of files) {
			const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, file), 'utf8'));
			if (match) sameAsYaml(match[1]!);
		}
	});
});

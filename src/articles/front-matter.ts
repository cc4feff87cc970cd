import { parse as parseYaml } from 'yaml';

// The front matter of a Markdown article. Most are written as one `key: value` a line, each value a string in double
// quotes, a list of them, a date, null or a bare word; those lines are read here directly, as the YAML parser reads them
// (a quoted string without other escapes than \" and \\ is the same in YAML and JSON), since the parser costs more than
// reading the rest of the article. Anything else goes to the parser.

const QUOTED = String.raw`"(?:[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\\["\\])*"`;
const VALUE = [
	QUOTED,
	String.raw`\[(?:${QUOTED}(?:, ?${QUOTED})*)?\]`,
	String.raw`\d{4}-\d{2}-\d{2}`,
	'null',
	'[a-z]{2,3}',
	String.raw`https?://[\w\-.~/?=&%+;@!$()*]*`,
];
const LINE = new RegExp(`^([a-z]+): (${VALUE.join('|')})$`);

/** The front matter read without the YAML parser, or undefined when a line is not of the plain form. */
function plainFrontMatter(text: string): Record<string, unknown> | undefined {
	const meta: Record<string, unknown> = {};
	for (const line of text.split('\n')) {
		const m = LINE.exec(line);
		if (!m || Object.hasOwn(meta, m[1]!)) return undefined;
		const value = m[2]!;
		meta[m[1]!] = value.startsWith('"') || value.startsWith('[') ? JSON.parse(value) : value === 'null' ? null : value;
	}
	return meta;
}

/** The front matter's YAML as the core schema reads it (dates stay strings); throws the parser's error when it is not YAML. */
export function readFrontMatter(text: string): unknown {
	return plainFrontMatter(text) ?? parseYaml(text, { schema: 'core' });
}

import { parseArgs } from 'node:util';
import { percent, scoreCorpus } from '../eval/score.js';

// npm run eval -- [--corpus DIR]… [--verbose]: extraction quality on annotated corpora.

/** The development fixtures, and held-out sets annotated after the rules were written. */
const DEFAULT_CORPORA = [
	'test/fixtures/eval',
	'test/fixtures/heldout',
	'test/fixtures/heldout2',
	'test/fixtures/heldout3',
	'test/fixtures/heldout4',
	'test/fixtures/heldout5',
	'test/fixtures/heldout6',
	'test/fixtures/heldout7',
	'test/fixtures/heldout8',
	'test/fixtures/heldout9',
	'test/fixtures/heldout10',
	'test/fixtures/heldout11',
	'test/fixtures/heldout12',
	'test/fixtures/heldout13',
];

function main(): number {
	let values;
	try {
		({ values } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, verbose: { type: 'boolean', short: 'v' } } }));
	} catch (error) {
		console.error(`${(error as Error).message}\nusage: npm run eval -- [--corpus DIR]… [--verbose]`);
		return 2;
	}
	for (const dir of values.corpus ?? DEFAULT_CORPORA) {
		let s;
		try {
			s = scoreCorpus(dir);
		} catch (error) {
			console.error(`cannot score ${dir} (a folder with articles/ and annotations.json): ${(error as Error).message.split('\n')[0]}`);
			return 1;
		}
		if (values.verbose) for (const miss of s.misses) console.log(`  ${miss}`);
		console.log(`${dir}: ${s.articles} articles`);
		console.log(`  quote attribution     ${percent(s.attribution)}, misattributed ${s.misattributed}`);
		console.log(`  quote spans verbatim  ${percent(s.spans)}`);
		console.log(`  statements (recall)   ${percent(s.statements)}`);
		console.log(`  statements precision  ${percent(s.statementPrecision)}`);
		console.log(`  meetings precision    ${percent(s.meetings.precision)}`);
		console.log(`  meetings recall       ${percent(s.meetings.recall)}`);
		console.log(`  meeting dates         ${percent(s.meetings.dates)}`);
		console.log(`  meeting status        ${percent(s.meetings.status)}`);
		console.log(`  meeting places        ${percent(s.meetings.place)}`);
		console.log(`  meeting kinds         ${percent(s.meetings.kind)}`);
		console.log(`  figures (recall)      ${percent(s.figures)}`);
	}
	return 0;
}

process.exitCode = main();

import { parseArgs } from 'node:util';
import { CORPORA, readQuestionSet, scoreQuestions } from '../eval/questions.js';
import { percent, scoreCorpus } from '../eval/score.js';
import { ingest } from '../facts/load.js';
import { MemoryFactStore } from '../facts/store.js';

// npm run eval -- [--corpus DIR]… [--verbose]: extraction quality on annotated corpora, then the question set:
// the share of questions answered correctly and of unanswerable ones declined, per corpus.

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

async function main(): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, verbose: { type: 'boolean', short: 'v' }, questions: { type: 'boolean' } } }));
	} catch (error) {
		console.error(`${(error as Error).message}\nusage: npm run eval -- [--corpus DIR]… [--questions] [--verbose]`);
		return 2;
	}
	if (values.questions) return evalQuestions(values.verbose ?? false);
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
	return values.corpus ? 0 : evalQuestions(values.verbose ?? false);
}

/** The question set, each corpus answered from a store built from its own articles. */
async function evalQuestions(verbose: boolean): Promise<number> {
	const questions = readQuestionSet();
	console.log('question set (test/questions/questions.yaml)');
	let answered = 0;
	let answerable = 0;
	let declined = 0;
	let unanswerable = 0;
	for (const [corpus, dir] of Object.entries(CORPORA)) {
		const store = new MemoryFactStore(ingest(dir).facts);
		const s = await scoreQuestions(corpus, questions, store);
		if (verbose) for (const r of s.results) if (r.failure) console.log(`  MISS "${r.question.q}" → ${r.answer.title}: ${r.failure}`);
		console.log(`  ${corpus.padEnd(9)} answered correctly ${percent({ hit: s.answered, of: s.answerable })}, unanswerable declined ${percent({ hit: s.declined, of: s.unanswerable })}`);
		answered += s.answered;
		answerable += s.answerable;
		declined += s.declined;
		unanswerable += s.unanswerable;
	}
	console.log(`  ${'all'.padEnd(9)} answered correctly ${percent({ hit: answered, of: answerable })}, unanswerable declined ${percent({ hit: declined, of: unanswerable })}`);
	return 0;
}

process.exitCode = await main();

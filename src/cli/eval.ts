import { parseArgs } from 'node:util';
import { CORPORA, questionStore, readQuestionSet, scoreQuestions } from '../eval/questions.js';
import { percent, type Ratio, scoreCorpus } from '../eval/score.js';

// npm run eval -- [--corpus DIR]… [--verbose] [--by-rule]: extraction quality on annotated corpora, then the question
// set: the share of questions answered correctly and of unanswerable ones declined, per corpus. --by-rule adds the
// precision and count of each attribution and meeting rule, so that a weak rule shows itself.

const USAGE = 'usage: npm run eval -- [--corpus DIR]… [--questions] [--verbose] [--by-rule]';

/** One line per rule, the most used first: precision (right/decided). */
function ruleLines(rules: Record<string, Ratio>): string[] {
	const width = Math.max(0, ...Object.keys(rules).map((r) => r.length));
	return Object.entries(rules)
		.sort(([a, x], [b, y]) => y.of - x.of || a.localeCompare(b))
		.map(([rule, ratio]) => `    ${rule.padEnd(width)}  ${percent(ratio)}`);
}

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
	'test/fixtures/heldout14',
	'test/fixtures/heldout15',
	'test/fixtures/heldout16',
	'test/fixtures/heldout17',
	'test/fixtures/heldout18',
	'test/fixtures/heldout19',
	'test/fixtures/heldout20',
	'test/fixtures/heldout21',
	'test/fixtures/heldout22',
	'test/fixtures/heldout23',
	'test/fixtures/heldout24',
	'test/fixtures/heldout25',
	'test/fixtures/heldout26',
	'test/fixtures/heldout27',
	'test/fixtures/heldout28',
	'test/fixtures/heldout29',
	'test/fixtures/heldout30',
	'test/fixtures/heldout31',
	'test/fixtures/heldout32',
	'test/fixtures/heldout33',
	'test/fixtures/heldout34',
	'test/fixtures/heldout35',
];

async function main(): Promise<number> {
	let values;
	try {
		const options = {
			corpus: { type: 'string', multiple: true },
			verbose: { type: 'boolean', short: 'v' },
			questions: { type: 'boolean' },
			'by-rule': { type: 'boolean' },
		} as const;
		({ values } = parseArgs({ options }));
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 2;
	}
	if (values.questions) return evalQuestions(values.verbose ?? false);
	const allRules: Record<string, Ratio> = {};
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
		console.log(`  people by full name   ${percent(s.people.found)}`);
		console.log(`  people aliases right  ${percent(s.people.aliases)}`);
		console.log(`  people roles right    ${percent(s.people.roles)}`);
		if (!values['by-rule']) continue;
		console.log('  by rule (quotes, statements and meetings the annotation covers: right/decided)');
		for (const line of ruleLines(s.rules)) console.log(line);
		for (const [rule, { hit, of }] of Object.entries(s.rules)) {
			const total = (allRules[rule] ??= { hit: 0, of: 0 });
			[total.hit, total.of] = [total.hit + hit, total.of + of];
		}
	}
	if (values['by-rule'] && (values.corpus ?? DEFAULT_CORPORA).length > 1) {
		console.log('all corpora, by rule');
		for (const line of ruleLines(allRules)) console.log(line);
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
		const store = await questionStore(dir);
		const s = await scoreQuestions(corpus, questions, store);
		await store.close();
		if (verbose) for (const r of s.results) if (r.failure) console.log(`  MISS "${r.question.q}" → ${r.answer.title}: ${r.failure}`);
		console.log(
			`  ${corpus.padEnd(9)} answered correctly ${percent({ hit: s.answered, of: s.answerable })}, ` +
				`unanswerable declined ${percent({ hit: s.declined, of: s.unanswerable })}`,
		);
		answered += s.answered;
		answerable += s.answerable;
		declined += s.declined;
		unanswerable += s.unanswerable;
	}
	console.log(
		`  ${'all'.padEnd(9)} answered correctly ${percent({ hit: answered, of: answerable })}, ` +
			`unanswerable declined ${percent({ hit: declined, of: unanswerable })}`,
	);
	return 0;
}

process.exitCode = await main();

import type { ArticleSetting, Person } from './corpus.js';
import { MONTHS, PURPOSES, QUOTE_CODAS, QUOTE_MODALS, QUOTE_SUBJECTS, QUOTE_TAILS, STATEMENT_MODALS, TOPICS, WEEKDAYS } from './words.js';

// The body of one article: blocks of paragraphs in the shapes news copy uses (a lede meeting, quotes attributed
// after or before, pronoun follow-ups, indirect statements, figures, later meetings), picked and shuffled per
// article, with every slot drawn from a pool so no two articles read the same.

type Block = (s: ArticleSetting) => string[];

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const DAY = 86_400_000;

function fill(s: ArticleSetting, text: string, topic = s.topic): string {
	const t = TOPICS[topic]!;
	return text
		.replace(/\{thing\}/g, () => s.r.pick(t.things))
		.replace(/\{other\}/g, s.other.name)
		.replace(/\{country\}/g, s.home.name)
		.replace(/\{headline\}/g, () => s.r.pick(t.headline))
		.replace(/\{action\}/g, () => fill(s, s.r.pick(t.actions), topic));
}

/** "Russia's Foreign Minister" or "Russian Foreign Minister". */
function role(s: ArticleSetting, p: Person): string {
	const usePossessive = !p.country.possessive.startsWith('the ') && s.r.chance(0.5);
	return `${usePossessive ? p.country.possessive : p.country.adjective} ${p.title.title}`;
}

/** How a person is named again after the first time: the surname, sometimes with an honorific. */
const again = (s: ArticleSetting, p: Person) => (s.r.chance(0.15) ? `${p.pronoun === 'he' ? 'Mr' : 'Ms'} ${p.last}` : p.last);

const pastDay = (s: ArticleSetting) => `on ${WEEKDAYS[new Date(s.published.getTime() - s.r.int(1, 4) * DAY).getUTCDay()]}`;
const futureWhen = (s: ArticleSetting) =>
	s.r.pick([
		'next week',
		'next month',
		`on ${WEEKDAYS[new Date(s.published.getTime() + s.r.int(2, 5) * DAY).getUTCDay()]}`,
		`in ${MONTHS[(s.published.getUTCMonth() + s.r.int(1, 3)) % 12]}`,
	]);
const money = (s: ArticleSetting, scale: 'million' | 'billion') => `${s.home.currency}${s.r.int(2, 900)} ${scale}`;
const count = (s: ArticleSetting, min: number, max: number) => s.r.int(min, max).toLocaleString('en-US');

function quoteText(s: ArticleSetting, topic = s.topic): string {
	const { r } = s;
	const main =
		`${cap(fill(s, r.pick(QUOTE_SUBJECTS)))} ${r.pick(QUOTE_MODALS)} ${fill(s, r.pick(TOPICS[topic]!.actions), topic)}` +
		`${fill(s, r.pick(QUOTE_TAILS))}`;
	return r.chance(0.65) ? `${main}. ${r.pick(QUOTE_CODAS).replace(/\.$/, '')}` : main;
}

function quoteAfter(s: ArticleSetting, p: Person): string {
	const q = quoteText(s);
	return s.r.pick([
		`“${q},” ${again(s, p)} said.`,
		`“${q},” said ${again(s, p)}.`,
		`“${q},” ${again(s, p)} told reporters in ${s.city}.`,
		`“${q},” ${again(s, p)} said ${pastDay(s)}.`,
	]);
}

function quoteBefore(s: ArticleSetting, p: Person): string {
	const q = quoteText(s);
	return s.r.pick([`${again(s, p)} said: “${q}.”`, `Speaking in ${s.city}, ${again(s, p)} said: “${q}.”`, `${again(s, p)} told a news conference: “${q}.”`]);
}

function followUp(s: ArticleSetting, p: Person): string {
	const q = quoteText(s, s.r.chance(0.7) ? s.topic : s.second);
	return s.r.pick([`“${q},” ${p.pronoun} added.`, `“${q},” ${p.pronoun} said.`, `${cap(p.pronoun)} added: “${q}.”`]);
}

function statement(s: ArticleSetting, p: Person): string {
	const { r } = s;
	const act = fill(s, r.pick(TOPICS[s.topic]!.actions)).replace(/\bour\b/g, 'its');
	const threat = r.pick(['collapse within weeks', 'drag on for years', 'hurt millions of families', 'spread to the rest of the region']);
	return r.pick([
		`${again(s, p)} said ${p.country.name} ${r.pick(STATEMENT_MODALS)} ${act}.`,
		`${again(s, p)} told reporters that ${p.country.name} ${r.pick(STATEMENT_MODALS)} ${act}.`,
		`${cap(p.country.name)} ${r.pick(STATEMENT_MODALS)} ${act}, ${again(s, p)} said.`,
		`${again(s, p)} warned that the ${fill(s, '{headline}')} could ${threat}.`,
	]);
}

/** Figure sentences, each with the topics it fits ('*' fits any). */
const FIGURES: { topics: string; write: (s: ArticleSetting, topic: string) => string }[] = [
	{
		topics: 'trade economy',
		write: (s) => `Trade between ${s.home.name} and ${s.other.name} grew by ${s.r.int(2, 40)}% last year to ${money(s, 'billion')}.`,
	},
	{
		topics: '*',
		write: (s, t) => `${cap(s.home.name)} has pledged ${money(s, 'million')} for ${s.r.pick(TOPICS[t]!.things)}, according to the finance ministry.`,
	},
	{
		topics: 'war military human rights',
		write: (s) =>
			`More than ${count(s, 200, 90000)} people have been killed since the fighting began in ` +
			`${s.r.pick(MONTHS)} ${s.published.getUTCFullYear() - s.r.int(1, 3)}.`,
	},
	{
		topics: 'economy trade energy',
		write: (s) =>
			`Inflation slowed to ${s.r.int(2, 30)}.${s.r.int(0, 9)}% in ${s.r.pick(MONTHS)}, down from ${s.r.int(5, 40)}.${s.r.int(0, 9)}% a year earlier.`,
	},
	{ topics: 'war military security immigration', write: (s) => `About ${count(s, 2, 90)},000 troops are stationed near the border, according to officials.` },
	{
		topics: 'trade energy sanctions',
		write: (s, t) =>
			`Exports of ${s.r.pick(TOPICS[t]!.things)} rose ${s.r.int(2, 60)} percent in the first quarter, to ${count(s, 1, 400)} million tonnes.`,
	},
	{
		topics: '*',
		write: (s, t) =>
			`The ${s.home.adjective} government plans to spend ${money(s, 'billion')} on ${s.r.pick(TOPICS[t]!.things)} ` +
			`by ${s.published.getUTCFullYear() + s.r.int(1, 8)}.`,
	},
	{
		topics: 'sanctions trade economy climate',
		write: (s) =>
			`Dozens of ${s.r.pick(['companies', 'ships', 'banks', 'factories'])} have been affected, and ${count(s, 3, 400)} firms have applied for state aid.`,
	},
	{
		topics: 'trade energy technology climate',
		write: (s, t) =>
			`${cap(s.home.name)} accounts for ${s.r.int(2, 45)}% of the world's ${s.r.pick(TOPICS[t]!.things)} output, worth ${money(s, 'billion')} a year.`,
	},
	{
		topics: 'economy immigration health',
		write: (s) => `Unemployment stands at ${s.r.int(3, 25)}%, while the economy grew ${s.r.int(0, 6)}.${s.r.int(0, 9)}% in the last quarter.`,
	},
	{
		topics: 'health immigration climate human rights',
		write: (s) => `Aid groups say ${count(s, 5, 900)},000 people need help, and ${s.r.int(10, 90)} hospitals have run short of supplies.`,
	},
];

function figure(s: ArticleSetting, topic = s.topic): string {
	const fitting = FIGURES.filter((f) => f.topics === '*' || f.topics.includes(topic));
	return s.r.pick(fitting).write(s, topic);
}

const lede: Block = (s) => {
	const { r, a, b, city } = s;
	const purpose = fill(s, r.pick(PURPOSES));
	return [
		r.pick([
			() => `${role(s, a)} ${a.full} met ${role(s, b)} ${b.full} in ${city} ${pastDay(s)}${purpose}.`,
			() => `${role(s, a)} ${a.full} held talks with ${role(s, b)} ${b.full} in ${city} ${pastDay(s)}${purpose}.`,
			() => `${role(s, a)} ${a.full} spoke with ${role(s, b)} ${b.full} by phone ${pastDay(s)}${purpose}.`,
			() => `${role(s, a)} ${a.full} hosted ${role(s, b)} ${b.full} in ${r.pick(a.country.cities)} ${pastDay(s)}${purpose}.`,
		])(),
	];
};

const blocks: Block[] = [
	(s) => [`${fill(s, s.r.pick(TOPICS[s.topic]!.background))} ${figure(s)}`],
	(s) => [s.r.chance(0.6) ? quoteAfter(s, s.a) : quoteBefore(s, s.a), followUp(s, s.a)],
	(s) => [statement(s, s.a)],
	(s) => [s.r.chance(0.5) ? quoteAfter(s, s.b) : quoteBefore(s, s.b)],
	(s) => [statement(s, s.b)],
	(s) => [figure(s), figure(s, s.second)],
	(s) => [`“${quoteText(s)},” the ${s.b.title.noun} said.`],
	(s) => [
		`${role(s, s.c)} ${s.c.full} said ${s.c.country.name} ${s.r.pick(STATEMENT_MODALS)} ${fill(s, '{action}', s.second).replace(/\bour\b/g, 'its')}.`,
		quoteAfter(s, s.c),
	],
	(s) => [
		s.r.pick([
			`${again(s, s.a)} is expected to meet ${role(s, s.d)} ${s.d.full} in ${s.r.pick(s.d.country.cities)} ${futureWhen(s)}.`,
			`${again(s, s.b)} will visit ${s.r.pick(s.d.country.cities)} ${futureWhen(s)} for talks with ${role(s, s.d)} ${s.d.full}.`,
			`Last week, ${s.c.full} held talks with ${role(s, s.d)} ${s.d.full} in ${s.r.pick(s.d.country.cities)}.`,
			`${s.c.full} and ${s.d.full} signed an agreement on ${fill(s, '{thing}')} in ${s.r.pick(s.d.country.cities)} ` +
				`on ${MONTHS[s.published.getUTCMonth()]} ${s.r.int(1, Math.max(1, s.published.getUTCDate() - 1))}.`,
			`Earlier, ${again(s, s.a)} had a phone call with ${s.d.full}, ${s.d.country.possessive} ${s.d.title.title.toLowerCase()}.`,
		]),
	],
	(s) => [`${fill(s, s.r.pick(TOPICS[s.second]!.background), s.second)} ${figure(s, s.second)}`],
	(s) => [`“${quoteText(s)}.`, `“${quoteText(s, s.second)},” ${again(s, s.a)} said.`],
	(s) => [
		s.r.pick([
			`Officials said the talks would continue ${futureWhen(s)}.`,
			`Analysts said the ${fill(s, '{headline}')} was unlikely to be settled soon.`,
			`Diplomats said both sides wanted to avoid a public dispute over ${fill(s, '{thing}')}.`,
		]),
	],
];

const CONTEXT = {
	openers: ['', 'Since then, ', 'In recent months, ', 'At the same time, ', 'For now, ', 'Behind the scenes, ', 'Privately, '],
	subjects: [
		'diplomats from both countries',
		'negotiators in {city}',
		'lawmakers in {country}',
		'business leaders',
		'the two governments',
		'regional leaders',
		'opposition parties',
	],
	verbs: [
		'have worked on',
		'have argued over',
		'have quietly discussed',
		'have pushed for',
		'remain divided over',
		'are expected to return to',
		'have raised concerns about',
	],
	objects: [
		'the details of the {headline}',
		'a timetable to {action}',
		'who should pay for {thing}',
		'the future of {thing}',
		'a compromise on {thing}',
		'how to {action}',
	],
};

/** A sentence of background: no quotation and no named speaker, the filler between the facts. */
function context(s: ArticleSetting, topic = s.topic): string {
	const { r } = s;
	const text = `${r.pick(CONTEXT.openers)}${r.pick(CONTEXT.subjects)} ${r.pick(CONTEXT.verbs)} ${r.pick(CONTEXT.objects)}.`.replace('{city}', s.city);
	return cap(fill(s, text, topic).replace(/\bour\b/g, 'their'));
}

/** Blocks a longer article uses more than once. */
const extras: Block[] = [
	(s) => [statement(s, s.r.pick([s.a, s.b]))],
	(s) => [`${context(s)} ${figure(s)}`],
	(s) => [`${context(s, s.second)} ${context(s)}`],
	(s) => [quoteAfter(s, s.c)],
];

const closing: Block = (s) => [
	`The two sides agreed to ${fill(s, '{action}').replace(/\bour\b/g, 'their')}, the ${s.home.adjective} foreign ministry said in a statement.`,
];

export function paragraphsFor(s: ArticleSetting): string[] {
	const chosen = s.r.sample(blocks, s.r.int(7, blocks.length));
	// The quotes of the lead speaker come early, as a reporter writes them; the rest in any order.
	chosen.sort((x, y) => Number(y === blocks[1]) - Number(x === blocks[1]));
	chosen.push(...Array.from({ length: s.r.int(4, 9) }, () => s.r.pick(extras)));
	// Half of the plain paragraphs run on with a sentence of background, as most news paragraphs do.
	const body = chosen.flatMap((block) => block(s)).map((p) => (!p.includes('“') && s.r.chance(0.65) ? `${p} ${context(s)}` : p));
	return [...lede(s), ...body, ...closing(s)];
}

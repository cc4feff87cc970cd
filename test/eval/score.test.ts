import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../src/eval/score.js';

// Extraction quality on the annotated real articles, as floors that a change to the rules must not go below.
// The held-out sets were annotated after the rules were written; their floors are lower and say so.

const rate = ({ hit, of }: { hit: number; of: number }) => hit / of;

describe('scoreCorpus', () => {
	it('GIVEN the development fixtures THEN every quotation verbatim, attribution and meeting dates at least 95%, nothing misattributed', () => {
		const score = scoreCorpus('test/fixtures/eval');
		expect(score.articles).toBe(8);
		expect(rate(score.spans)).toBe(1);
		expect(rate(score.attribution)).toBeGreaterThanOrEqual(0.95);
		expect(rate(score.meetings.dates)).toBeGreaterThanOrEqual(0.95);
		expect(score.misattributed).toBe(0);
	});

	it('GIVEN the development fixtures THEN each rule\'s tally: every attributed quotation counted under the rule that decided it', () => {
		const score = scoreCorpus('test/fixtures/eval');
		const quoteRules = Object.entries(score.rules).filter(([rule]) => /^(?:speaker|person|body|unnamed|closing|same|continuation|none)/.test(rule));
		// Every annotated quotation we found is tallied once; attribution counts those with a speaker.
		expect(quoteRules.reduce((n, [, r]) => n + r.hit, 0)).toBeGreaterThanOrEqual(score.attribution.hit);
		expect(score.rules['speaker-after/name']!.of).toBeGreaterThan(5);
		expect(score.rules['speaker-after/name']!.hit).toBe(score.rules['speaker-after/name']!.of);
		for (const [rule, { hit, of }] of Object.entries(score.rules)) expect(hit <= of && of > 0, rule).toBe(true);
	});

	// Contact events as last measured (recall: participants right; precision: every item shown judged).
	it.each([
		['test/fixtures/eval', 0.7, 1, 0.94],
		['test/fixtures/heldout', 0.23, 0.83, 1],
		['test/fixtures/heldout13', 0.48, 0.86, 0.974],
		// Two people met after one verb ("met A and B") is one meeting, as the annotations of heldout17, 19 and 24 read it;
		// heldout15 reads one such pair as two meetings, and leaves out a group met beside a named person ("and other key
		// Singapore leaders") that heldout21 and later sets list as a party.
		['test/fixtures/heldout15', 0.65, 0.86, 0.91],
		['test/fixtures/heldout17', 0.35, 0.842, 0.92],
		['test/fixtures/heldout19', 0.58, 0.93, 0.97],
		['test/fixtures/heldout21', 0.36, 0.78, 0.9],
		['test/fixtures/heldout22', 0.52, 0.79, 1],
		['test/fixtures/heldout24', 0.37, 0.588, 1],
		// First 0.159 / 0.36 (its SOURCES.md); raised as the rules written since carry it.
		['test/fixtures/heldout26', 0.33, 0.67, 0.83],
		// First 0.302 / 0.632, measured once (its SOURCES.md).
		['test/fixtures/heldout27', 0.51, 0.8, 0.94],
		// First 0.133 / 0.25, measured once (its SOURCES.md).
		['test/fixtures/heldout28', 0.4, 0.75, 1],
		// First 0.103 / 0.2, measured once (its SOURCES.md).
		['test/fixtures/heldout29', 0.27, 0.5, 1],
		['test/fixtures/heldout30', 0.27, 0.75, 1],
		// First 0.209 / 0.529 and 0.174 / 0.4, measured once (their SOURCES.md); heldout31's precision was 0.409 on the
		// main line the sets joined, one rule later.
		['test/fixtures/heldout31', 0.348, 0.714, 0.866],
		['test/fixtures/heldout32', 0.478, 0.92, 1],
		// First 0.25 / 0.5, measured once (its SOURCES.md).
		['test/fixtures/heldout33', 0.375, 0.571, 0.916],
		// First 0.292 / 0.476, measured once (its SOURCES.md).
		['test/fixtures/heldout34', 0.361, 0.595, 0.884],
		// First 0.264 / 0.463, measured once (its SOURCES.md).
		['test/fixtures/heldout35', 0.263, 0.487, 0.894],
	])('GIVEN %s THEN meeting recall, precision and status no lower than when last measured', (dir, recall, precision, status) => {
		const { meetings } = scoreCorpus(dir);
		expect(rate(meetings.recall)).toBeGreaterThanOrEqual(recall);
		expect(rate(meetings.precision)).toBeGreaterThanOrEqual(precision);
		expect(rate(meetings.status)).toBeGreaterThanOrEqual(status);
	});

	// Floors as last measured: they rise with the rules, never fall (the sets before heldout14 with every quotation
	// verbatim). heldout14 on are the final unseen sets, whose first scores are in their SOURCES.md: a quotation whose
	// opening mark is doubled in the stored text (heldout15) is not yet found with its exact words.
	it.each([
		['test/fixtures/heldout', 8, 1, 0.9, 0],
		['test/fixtures/heldout2', 5, 1, 0.97, 0],
		['test/fixtures/heldout3', 5, 1, 0.94, 0],
		['test/fixtures/heldout4', 1, 1, 1, 0],
		['test/fixtures/heldout5', 5, 1, 0.93, 0],
		['test/fixtures/heldout6', 4, 1, 0.95, 0],
		['test/fixtures/heldout7', 4, 1, 0.96, 0],
		['test/fixtures/heldout8', 4, 1, 0.96, 0],
		['test/fixtures/heldout9', 2, 1, 0.93, 0],
		['test/fixtures/heldout10', 3, 1, 0.96, 0],
		['test/fixtures/heldout11', 3, 1, 0.9, 0],
		['test/fixtures/heldout12', 13, 1, 0.89, 0],
		['test/fixtures/heldout13', 12, 1, 0.99, 0],
		['test/fixtures/heldout14', 10, 1, 0.92, 0],
		['test/fixtures/heldout15', 11, 0.98, 0.86, 1],
		['test/fixtures/heldout16', 12, 0.99, 0.93, 0],
		['test/fixtures/heldout17', 12, 0.98, 0.9, 0],
		['test/fixtures/heldout18', 11, 1, 0.94, 0],
		['test/fixtures/heldout19', 11, 1, 0.73, 0],
		['test/fixtures/heldout20', 11, 1, 0.96, 0],
		['test/fixtures/heldout21', 10, 0.97, 0.87, 0],
		['test/fixtures/heldout22', 10, 0.96, 0.84, 0],
		['test/fixtures/heldout23', 11, 0.99, 0.92, 0],
		['test/fixtures/heldout24', 15, 0.99, 0.888, 0],
		['test/fixtures/heldout25', 9, 1, 0.94, 0],
		['test/fixtures/heldout26', 22, 0.99, 0.89, 0],
		['test/fixtures/heldout27', 20, 0.98, 0.9, 0],
		['test/fixtures/heldout28', 14, 1, 0.88, 0],
		['test/fixtures/heldout29', 20, 0.98, 0.8, 1],
		['test/fixtures/heldout30', 15, 0.98, 0.78, 0],
		['test/fixtures/heldout31', 19, 1, 0.84, 1],
		['test/fixtures/heldout32', 10, 1, 0.84, 2],
		// First 0.636 with 15 under another name, measured once (its SOURCES.md).
		['test/fixtures/heldout33', 9, 1, 0.848, 0],
		// First 0.823 with 10 under another name, measured once (its SOURCES.md).
		['test/fixtures/heldout34', 18, 1, 0.949, 1],
		// First 0.649 with 3 under another name, measured once (its SOURCES.md).
		['test/fixtures/heldout35', 18, 1, 0.81, 2],
	])(
		'GIVEN the held-out set %s THEN spans, attribution and misattributions no worse than when last measured',
		(dir, articles, spans, attribution, misattributed) => {
			const score = scoreCorpus(dir);
			expect(score.articles).toBe(articles);
			expect(rate(score.spans)).toBeGreaterThanOrEqual(spans);
			expect(rate(score.attribution)).toBeGreaterThanOrEqual(attribution);
			expect(score.misattributed).toBeLessThanOrEqual(misattributed);
		},
	);
});

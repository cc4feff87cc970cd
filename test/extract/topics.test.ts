import { describe, expect, it } from 'vitest';
import { topicKey, topicsOf } from '../../src/extract/topics.js';

describe('topicsOf', () => {
	it('GIVEN the seed trade sentence THEN trade', () => {
		expect(topicsOf('Trade between Russia and China grew last year by more than 26% to $240 billion.')).toEqual(['trade']);
	});

	it('GIVEN word families THEN endings count ("sanctioned", "invasion"), look-alikes do not ("warned")', () => {
		expect(topicsOf('The U.S. sanctioned Iran after the invasion.')).toEqual(['sanctions', 'war']);
		expect(topicsOf('Biden warned Xi.')).toEqual([]);
		expect(topicsOf('He was wary of the ward near the metal meter.')).toEqual([]);
		expect(topicsOf('Russia invaded Ukraine and troops massed; envoys negotiated.')).toEqual(['war', 'diplomacy']);
	});
});

describe('topicKey', () => {
	it('GIVEN a topic or another word users type for it THEN the canonical topic; GIVEN anything else THEN null', () => {
		expect([topicKey('Trade'), topicKey('tariffs'), topicKey('Ukraine war'), topicKey('zebras')]).toEqual(['trade', 'trade', 'war', null]);
		expect([topicKey('constructor'), topicKey('__proto__'), topicKey('toString'), topicKey('hasOwnProperty')]).toEqual([null, null, null, null]);
	});
});

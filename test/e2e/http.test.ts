import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionsEndpoint, MAX_BODY_BYTES, publicKeyFromHex } from '../../src/discord/http.js';
import { createRouter } from '../../src/discord/router.js';
import { createLogger } from '../../src/log.js';
import { commandsByName, fakeContext } from '../discord/fake-commands.js';
import { DiscordSimulator } from './simulator.js';

// The HTTP interactions endpoint as Discord calls it: signed POSTs, answered in the response body, or deferred and
// then completed through the webhook routes of the (simulated) REST API.

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
const logs: Record<string, unknown>[] = [];
let sim: DiscordSimulator;
let server: Server;
let url: string;

beforeAll(async () => {
	sim = await DiscordSimulator.start();
	const log = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
	const route = createRouter({ commands: commandsByName, ctx: fakeContext, log });
	const router: typeof route = async (incoming) => {
		if (incoming.kind === 'command' && incoming.command === 'slow') await new Promise((r) => setTimeout(r, 200));
		return route(incoming);
	};
	const endpoint = interactionsEndpoint({ publicKey: publicKeyFromHex(publicHex), router, log, apiUrl: `${sim.apiUrl}/v10`, deferAfterMs: 50 });
	server = createServer((req, res) => void endpoint(req, res));
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
});
afterAll(async () => {
	server?.close();
	await sim?.close();
});

const signed = (body: string, key: KeyObject = privateKey, timestamp = String(Math.floor(Date.now() / 1000))) => ({
	'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), key).toString('hex'),
	'x-signature-timestamp': timestamp,
	'content-type': 'application/json',
});
const post = (body: string, headers: Record<string, string> = signed(body)) => fetch(url, { method: 'POST', body, headers });
const interaction = (type: number, data: unknown) =>
	JSON.stringify({
		id: '1234567890123456789',
		application_id: '1111111111111111111',
		type,
		token: 'itoken',
		data,
		member: { user: { id: '123456789012345678' } },
	});

describe('POST /interactions', () => {
	it('GIVEN no signature, a wrong one, or one by another key THEN 401 and nothing runs', async () => {
		const body = interaction(2, { name: 'quote', options: [{ name: 'speaker', type: 3, value: 'lavrov' }] });
		expect((await post(body, { 'content-type': 'application/json' })).status).toBe(401);
		const bad = signed(body);
		bad['x-signature-ed25519'] = bad['x-signature-ed25519'].replace(/^./, (c) => (c === '0' ? '1' : '0'));
		expect((await post(body, bad)).status).toBe(401);
		expect((await post(body, signed(body, generateKeyPairSync('ed25519').privateKey))).status).toBe(401);
		expect((await post(body, { ...signed(body), 'x-signature-timestamp': '1' })).status).toBe(401);
		expect(logs.filter((l) => l.event === 'interaction')).toHaveLength(0);
	});

	it('GIVEN a request signed correctly but ten minutes old or ahead THEN 401: a captured interaction cannot be replayed', async () => {
		const body = interaction(2, { name: 'quote', options: [{ name: 'speaker', type: 3, value: 'lavrov' }] });
		const now = Math.floor(Date.now() / 1000);
		expect((await post(body, signed(body, privateKey, String(now - 600)))).status).toBe(401);
		expect((await post(body, signed(body, privateKey, String(now + 600)))).status).toBe(401);
		expect((await post(body, signed(body, privateKey, String(now - 60)))).status).toBe(200);
	});

	it('GIVEN a signed PING THEN PONG', async () => {
		const body = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't' });
		const res = await post(body);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ type: 1 });
	});

	it('GIVEN a signed slash command THEN the answer is the response body, mentioning nobody', async () => {
		const res = await post(interaction(2, { name: 'quote', options: [{ name: 'speaker', type: 3, value: 'lavrov' }] }));
		const body = (await res.json()) as { type: number; data: { embeds: { description: string }[]; allowed_mentions: unknown } };
		expect(body.type).toBe(4);
		expect(body.data.embeds[0]?.description).toContain('Quote 0');
		expect(body.data.allowed_mentions).toEqual({ parse: [] });
	});

	it('GIVEN autocomplete THEN at most 25 choices (type 8)', async () => {
		const res = await post(interaction(4, { name: 'quote', options: [{ name: 'speaker', type: 3, value: 'l', focused: true }] }));
		const body = (await res.json()) as { type: number; data: { choices: unknown[] } };
		expect(body.type).toBe(8);
		expect(body.data.choices.length).toBeGreaterThan(0);
		expect(body.data.choices.length).toBeLessThanOrEqual(25);
	});

	it('GIVEN slow work THEN it defers (type 5) and completes the original message through the webhook', async () => {
		const res = await post(interaction(2, { name: 'slow', options: [] }));
		expect(await res.json()).toEqual({ type: 5 });
		const edit = await sim.waitForRequest((c) => c.method === 'PATCH' && c.path === '/webhooks/1111111111111111111/itoken/messages/@original');
		expect(edit.body.embeds[0].description).toContain('late but here');
		expect(edit.body.allowed_mentions).toEqual({ parse: [] });
	});

	it('GIVEN Discord answers the deferred edit with a 429 THEN it is logged at warn with the route and the wait, and retried', async () => {
		sim.rateLimit(/^PATCH \/webhooks\/1111111111111111111\/limited-token\//, 1, 0.05);
		const member = { user: { id: '123456789012345678' } };
		const body = JSON.stringify({
			id: '1234567890123456790',
			application_id: '1111111111111111111',
			type: 2,
			token: 'limited-token',
			data: { name: 'slow', options: [] },
			member,
		});
		const res = await post(body);
		expect(await res.json()).toEqual({ type: 5 });
		const edit = await sim.waitForRequest((c) => c.method === 'PATCH' && c.path === '/webhooks/1111111111111111111/limited-token/messages/@original');
		expect(edit.body.embeds[0].description).toContain('late but here');
		const limited = sim.requests.filter((c) => c.path === '/webhooks/1111111111111111111/limited-token/messages/@original').map((c) => c.status);
		expect(limited).toEqual([429, 200]);
		expect(logs.filter((l) => l.event === 'discord api error')).toContainEqual(
			expect.objectContaining({
				level: 'warn',
				method: 'PATCH',
				route: '/webhooks/1111111111111111111/:token/messages/@original',
				status: 429,
				retryAfter: 0.05,
			}),
		);
		expect(JSON.stringify(logs)).not.toContain('limited-token');
	});

	it('GIVEN malformed JSON, a body over 1 MB, another method or path THEN 400, 413, 405, 404', async () => {
		expect((await post('{not json')).status).toBe(400);
		expect((await post(JSON.stringify({ hello: 'world' }))).status).toBe(400);
		const huge = JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) });
		expect((await post(huge)).status).toBe(413);
		const get = await fetch(url);
		expect(get.status).toBe(405);
		expect(get.headers.get('allow')).toBe('POST');
		expect((await fetch(url.replace('/interactions', '/other'), { method: 'POST' })).status).toBe(404);
	});
});

// Discord's REST API as a flaky network shows it: connections reset and calls never answered, from a local server.
describe('webhook calls that fail on the network', () => {
	type Behaviour = 'reset' | 'hang' | 'ok';
	const failing: { server?: Server; plan: Behaviour[]; calls: { method: string; path: string; behaviour: Behaviour }[] } = { plan: [], calls: [] };
	const flakyLogs: Record<string, unknown>[] = [];
	let flakyUrl: string;

	beforeAll(async () => {
		failing.server = createServer((req, res) => {
			const behaviour = failing.plan.shift() ?? 'ok';
			failing.calls.push({ method: req.method ?? '', path: req.url ?? '', behaviour });
			req.resume();
			if (behaviour === 'reset') req.socket.destroy();
			else if (behaviour === 'ok') req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
		});
		failing.server.listen(0, '127.0.0.1');
		await once(failing.server, 'listening');
		const apiUrl = `http://127.0.0.1:${(failing.server.address() as AddressInfo).port}/v10`;
		const log = createLogger({ level: 'debug', write: (line) => flakyLogs.push(JSON.parse(line) as Record<string, unknown>) });
		const route = createRouter({ commands: commandsByName, ctx: fakeContext, log });
		// Every command is deferred first, so that each answer goes through the webhook.
		const endpoint = interactionsEndpoint({
			publicKey: publicKeyFromHex(publicHex),
			router: route,
			log,
			apiUrl,
			deferFirst: () => true,
			webhookTimeoutMs: 1000,
			retryPauseMs: 10,
		});
		const server = createServer((req, res) => void endpoint(req, res));
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		flakyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
		failing.server.on('close', () => server.close());
	});
	afterAll(() => {
		failing.server?.closeAllConnections();
		failing.server?.close();
	});

	const ask = async (token: string, id: string) => {
		const body = JSON.stringify({
			id,
			application_id: '1111111111111111111',
			type: 2,
			token,
			data: { name: 'quote', options: [{ name: 'speaker', type: 3, value: 'lavrov' }] },
			member: { user: { id: '123456789012345678' } },
		});
		const res = await fetch(flakyUrl, { method: 'POST', body, headers: signed(body) });
		expect(await res.json()).toEqual({ type: 5 });
		await new Promise<void>((resolve) => {
			const check = () => (flakyLogs.some((l) => l.event === 'interaction' && l.interactionId === id) ? resolve() : setTimeout(check, 20));
			check();
		});
	};

	it(
		'GIVEN a reset connection and then a call never answered THEN both are logged at warn with the route and tried again until the answer is delivered',
		async () => {
			failing.plan = ['reset', 'hang', 'ok'];
			await ask('reset-token', '1234567890123456801');
			expect(failing.calls.map((c) => `${c.method} ${c.behaviour}`)).toEqual(['PATCH reset', 'PATCH hang', 'PATCH ok']);
			expect(failing.calls[2]!.path).toBe('/v10/webhooks/1111111111111111111/reset-token/messages/@original');
			const warnings = flakyLogs.filter((l) => l.event === 'discord api unreachable');
			expect(warnings).toEqual([
				expect.objectContaining({
					level: 'warn',
					method: 'PATCH',
					route: '/webhooks/1111111111111111111/:token/messages/@original',
					attempt: 1,
					error: expect.stringMatching(/^(?:ECONNRESET|UND_ERR_SOCKET|EPIPE)$/),
				}),
				expect.objectContaining({ level: 'warn', method: 'PATCH', attempt: 2, error: 'timeout' }),
			]);
			expect(flakyLogs.find((l) => l.event === 'interaction' && l.interactionId === '1234567890123456801')).toMatchObject({
				outcome: 'ok',
				deferred: true,
			});
			expect(JSON.stringify(flakyLogs)).not.toContain('reset-token');
		},
	);

	it('GIVEN every try reset THEN the lost answer is logged as an error, and the endpoint goes on answering', async () => {
		failing.calls = [];
		failing.plan = ['reset', 'reset', 'reset', 'reset'];
		await ask('lost-token', '1234567890123456802');
		expect(failing.calls.map((c) => c.behaviour)).toEqual(['reset', 'reset', 'reset', 'reset']);
		expect(flakyLogs).toContainEqual(expect.objectContaining({ level: 'error', event: 'reply failed', interactionId: '1234567890123456802' }));
		expect(flakyLogs.filter((l) => l.event === 'discord api unreachable' && l.retryAfter === null)).toHaveLength(1);
		failing.calls = [];
		await ask('next-token', '1234567890123456803');
		expect(failing.calls.map((c) => `${c.method} ${c.behaviour}`)).toEqual(['PATCH ok']);
	});
});

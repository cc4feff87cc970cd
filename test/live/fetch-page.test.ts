import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS, fetchPage, refusedAddress } from '../../src/live/fetch-page.js';
import { servePages } from './helpers.js';

// A local server on 127.0.0.1 stands in for the web; only the test setting lets the fetcher reach it.

let stopPages: () => void;
let base: string;
const allowed = { ...DEFAULT_FETCH_LIMITS, allowLoopback: true, timeoutMs: 10_000 };

beforeAll(async () => {
	({ base, close: stopPages } = await servePages((req, res) => {
		if (req.url === '/page.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>Hello</p></body></html>');
		if (req.url === '/latin1') return res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
		if (req.url === '/gzip') return res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('packed text'));
		if (req.url === '/big') return res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(3000));
		if (req.url === '/to-page') return res.writeHead(302, { location: '/page.html' }).end();
		if (req.url === '/to-private') return res.writeHead(302, { location: 'http://10.0.0.1/secret' }).end();
		if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
		if (req.url === '/silent') return; // never answers
		res.writeHead(404, 'Not Found').end();
	}));
});
afterAll(() => {
	stopPages();
});

describe('fetchPage', () => {
	it('GIVEN the test setting THEN a page on 127.0.0.1 is fetched, with its type, after redirects', async () => {
		const page = await fetchPage(`${base}/to-page`, allowed);
		expect(page).toMatchObject({ url: `${base}/page.html`, contentType: 'text/html', text: '<html><body><p>Hello</p></body></html>' });
	});

	it('decodes the declared charset and compressed bodies', async () => {
		expect((await fetchPage(`${base}/latin1`, allowed)).text).toBe('café');
		expect((await fetchPage(`${base}/gzip`, allowed)).text).toBe('packed text');
	});

	it('GIVEN production settings THEN loopback is refused before anything is sent', async () => {
		await expect(fetchPage(`${base}/page.html`)).rejects.toThrow('refused: 127.0.0.1 is a private, loopback or reserved address');
		await expect(fetchPage('http://localhost:1/x')).rejects.toThrow('localhost is a local name');
	});

	it.each([
		['ftp://example.com/a.md', 'only http and https links can be fetched, not ftp'],
		['file:///etc/passwd', 'only http and https links can be fetched, not file'],
		['not a url', 'that is not a web address'],
		['http://user:pw@example.com/', 'links with a user name or password are not fetched'],
		['http://169.254.169.254/latest/meta-data', 'refused: 169.254.169.254'],
		['http://[::1]/', 'refused: ::1'],
		['http://10.1.2.3/', 'refused: 10.1.2.3'],
	])('refuses %s', async (url, reason) => {
		await expect(fetchPage(url, allowed)).rejects.toThrow(reason);
	});

	it('GIVEN a redirect to a private address, a redirect loop, a 404, a body over the limit or no answer THEN a reason', async () => {
		await expect(fetchPage(`${base}/to-private`, allowed)).rejects.toThrow('refused: 10.0.0.1');
		await expect(fetchPage(`${base}/loop`, allowed)).rejects.toThrow('too many redirects');
		await expect(fetchPage(`${base}/missing`, allowed)).rejects.toThrow('the server answered 404 Not Found');
		await expect(fetchPage(`${base}/big`, { ...allowed, maxBytes: 1000 })).rejects.toThrow('the file is too large');
		await expect(fetchPage(`${base}/silent`, { ...allowed, timeoutMs: 300 })).rejects.toThrow('no answer within 0.3 s');
	});
});

describe('refusedAddress', () => {
	it.each([
		['93.184.216.34', false, null],
		['2606:2800:220:1:248:1893:25c8:1946', false, null],
		['127.0.0.1', true, null],
		['127.0.0.2', true, '127.0.0.2 is a private, loopback or reserved address'],
		['::ffff:127.0.0.1', false, '::ffff:127.0.0.1 is a private, loopback or reserved address'],
		['192.168.1.10', true, '192.168.1.10 is a private, loopback or reserved address'],
		['172.20.0.1', false, '172.20.0.1 is a private, loopback or reserved address'],
		['fd00::1', false, 'fd00::1 is a private, loopback or reserved address'],
		['fe80::1', false, 'fe80::1 is a private, loopback or reserved address'],
	])('%s (test loopback %s)', (address, allowLoopback, reason) => expect(refusedAddress(address, allowLoopback)).toBe(reason));
});

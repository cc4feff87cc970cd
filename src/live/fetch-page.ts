import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from '../articles/errors.js';

// Fetches the one page or file a user asked for, and nothing else: http(s) only, a size and a time limit, at most a
// few redirects, and never an address inside the network the bot runs in (loopback, private, link-local, cloud
// metadata), checked on the address actually connected to, so a name that resolves differently on the second look
// cannot slip through. Tests may allow 127.0.0.1 itself, and nothing more, to fetch from a local server.

export interface FetchLimits {
	maxBytes: number;
	timeoutMs: number;
	maxRedirects: number;
	/** Tests only: allow 127.0.0.1 (no other private address). */
	allowLoopback: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: 5_000_000, timeoutMs: 15_000, maxRedirects: 5, allowLoopback: false };

export interface Fetched {
	/** The address the content came from, after redirects. */
	url: string;
	/** The media type without parameters, lower case ("text/html"), or "" when the server gave none. */
	contentType: string;
	text: string;
	bytes: Buffer;
}

/** Address ranges the bot must never fetch from: this host, the private network, link-local and reserved space. */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
	['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
	['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
	['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 127], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
	BLOCKED.addSubnet(net, prefix, 'ipv6');
}

/** Why an address may not be fetched from, or null when it is a public address (or the allowed test loopback). */
export function refusedAddress(address: string, allowLoopback: boolean): string | null {
	const family = isIP(address);
	if (family === 0) return `${address} is not an IP address`;
	// An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
	const v4 = mapped ?? (family === 4 ? address : null);
	if (allowLoopback && v4 === '127.0.0.1') return null;
	const blocked = v4 ? BLOCKED.check(v4, 'ipv4') : BLOCKED.check(address, 'ipv6');
	return blocked ? `${address} is a private, loopback or reserved address` : null;
}

/** A DNS lookup that refuses names resolving to an address the bot may not reach. */
function guardedLookup(allowLoopback: boolean): LookupFunction {
	return (hostname, options, callback) => {
		dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
			if (error) return callback(error, '', 0);
			const refused = addresses.map((a) => refusedAddress(a.address, allowLoopback)).find(Boolean);
			if (refused || addresses.length === 0) return callback(new FetchError(`${hostname} resolves to ${refused ?? 'no address'}`), '', 0);
			if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
			callback(null, addresses[0]!.address, addresses[0]!.family);
		});
	};
}

/** Checks a URL before anything is sent: scheme, credentials, and a literal IP address. */
export function checkUrl(raw: string, limits: Pick<FetchLimits, 'allowLoopback'>): URL {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new FetchError('that is not a web address');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new FetchError(`only http and https links can be fetched, not ${url.protocol.replace(':', '')}`);
	}
	if (url.username || url.password) throw new FetchError('links with a user name or password are not fetched');
	const host = url.hostname.replace(/^\[|\]$/g, '');
	if (isIP(host)) {
		const refused = refusedAddress(host, limits.allowLoopback);
		if (refused) throw new FetchError(`refused: ${refused}`);
	} else if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host)) {
		throw new FetchError(`refused: ${host} is a local name`);
	}
	return url;
}

/** The response body, decompressed, cut off with an error past `maxBytes`. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
	const declared = Number(response.headers['content-length'] ?? 0);
	if (declared > maxBytes) throw new FetchError(`the file is too large (${declared} bytes, limit ${maxBytes})`);
	const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
	const decoder = encoding === 'gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
	const stream = decoder ? response.pipe(decoder) : response;
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > maxBytes) {
			response.destroy();
			throw new FetchError(`the file is too large (over ${maxBytes} bytes)`);
		}
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

/** Text in the charset the server or the page declares (UTF-8 when neither does). */
function decode(bytes: Buffer, contentType: string): string {
	const declared =
		/charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 4096).toString('latin1'))?.[1];
	try {
		return new TextDecoder(declared ?? 'utf-8').decode(bytes);
	} catch {
		return new TextDecoder('utf-8').decode(bytes);
	}
}

function get(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
	const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
	return new Promise((resolve, reject) => {
		const req = request(url, {
			method: 'GET',
			signal,
			lookup: guardedLookup(limits.allowLoopback),
			headers: {
				'user-agent': 'Factdesk article import',
				accept: 'text/html, text/markdown, text/plain;q=0.9, */*;q=0.5',
				'accept-encoding': 'gzip, deflate, br',
			},
		});
		req.on('response', resolve);
		req.on('error', reject);
		req.end();
	});
}

/** Fetches one URL within the limits; every failure is a FetchError with a reason fit to show the user. */
export async function fetchPage(raw: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Fetched> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
	let url = checkUrl(raw, limits);
	try {
		for (let redirects = 0; ; redirects++) {
			const response = await get(url, limits, controller.signal);
			const status = response.statusCode ?? 0;
			if (status >= 300 && status < 400 && response.headers.location) {
				response.resume();
				if (redirects >= limits.maxRedirects) throw new FetchError(`too many redirects (more than ${limits.maxRedirects})`);
				url = checkUrl(new URL(response.headers.location, url).href, limits);
				continue;
			}
			if (status < 200 || status >= 300) {
				response.resume();
				throw new FetchError(`the server answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
			}
			const contentType = String(response.headers['content-type'] ?? '');
			const bytes = await readBody(response, limits.maxBytes);
			return { url: url.href, contentType: contentType.split(';')[0]!.trim().toLowerCase(), text: decode(bytes, contentType), bytes };
		}
	} catch (error) {
		if (error instanceof FetchError) throw error;
		if (controller.signal.aborted) throw new FetchError(`no answer within ${limits.timeoutMs / 1000} s`);
		const cause = error as NodeJS.ErrnoException;
		if (cause.cause instanceof FetchError) throw cause.cause;
		throw new FetchError(`the page could not be fetched (${cause.code ?? cause.message})`);
	} finally {
		clearTimeout(timer);
	}
}

import { EventEmitter, once } from 'node:events';
import type { Server } from 'node:http';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';

// The simulator's gateway (v10, JSON, no compression): HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats and
// ACKs, RESUME → replay + RESUMED, and dispatches. Events sent while the bot is away are replayed on resume.

interface Session {
	id: string;
	seq: number;
	events: { op: 0; s: number; t: string; d: unknown }[];
	socket: WebSocket | null;
}

export interface GatewayHooks {
	token: string;
	heartbeatMs: number;
	resumeUrl: () => string;
	ready: (sessionId: string) => unknown;
	guildCreate: () => unknown;
}

export class SimGateway extends EventEmitter {
	readonly counts = { identify: 0, resume: 0, heartbeat: 0, connections: 0 };
	private readonly wss: WebSocketServer;
	private readonly sessions = new Map<string, Session>();
	private current: Session | null = null;

	constructor(server: Server, private readonly hooks: GatewayHooks) {
		super();
		this.wss = new WebSocketServer({ server, path: '/gateway' });
		this.wss.on('connection', (socket, request) => {
			this.counts.connections++;
			const params = new URL(request.url ?? '/', 'http://x').searchParams;
			// Only what this simulator speaks: anything else would be a silent test of the wrong protocol.
			if (params.get('v') !== '10' || params.get('encoding') !== 'json' || params.has('compress')) return socket.close(4012, 'unsupported');
			socket.on('message', (raw) => this.onMessage(socket, JSON.parse(String(raw)) as { op: number; d: any }));
			socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.hooks.heartbeatMs }, s: null, t: null }));
		});
	}

	private onMessage(socket: WebSocket, payload: { op: number; d: any }): void {
		this.emit('op', payload);
		if (payload.op === 1) {
			this.counts.heartbeat++;
			socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
		} else if (payload.op === 2) {
			if (payload.d?.token !== this.hooks.token) return socket.close(4004, 'Authentication failed');
			this.counts.identify++;
			const session: Session = { id: `session-${this.counts.identify}`, seq: 0, events: [], socket };
			this.sessions.set(session.id, session);
			this.current = session;
			this.dispatch('READY', this.hooks.ready(session.id));
			this.dispatch('GUILD_CREATE', this.hooks.guildCreate());
			this.emit('identify', payload.d);
		} else if (payload.op === 6) {
			const session = this.sessions.get(payload.d?.session_id);
			if (!session || payload.d?.token !== this.hooks.token) return void socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
			this.counts.resume++;
			session.socket = socket;
			this.current = session;
			for (const event of session.events) if (event.s > (payload.d.seq ?? 0)) socket.send(JSON.stringify(event));
			this.dispatch('RESUMED', {});
			this.emit('resume', payload.d);
		}
	}

	/** Sends an event to the bot, or keeps it for replay when the bot is disconnected. */
	dispatch(t: string, d: unknown): void {
		const session = this.current;
		if (!session) throw new Error('no gateway session: the bot has not identified');
		const event = { op: 0 as const, s: ++session.seq, t, d };
		session.events.push(event);
		if (session.socket?.readyState === 1) session.socket.send(JSON.stringify(event));
	}

	/** Drops the connection with a code that allows resuming (4000 unknown error), as Discord does at times. */
	disconnect(code = 4000): Promise<unknown> {
		const socket = this.current?.socket;
		if (this.current) this.current.socket = null;
		const resumed = once(this, 'resume');
		socket?.close(code, 'simulated disconnect');
		return resumed;
	}

	get resumeUrl(): string {
		return this.hooks.resumeUrl();
	}

	close(): void {
		for (const client of this.wss.clients) client.terminate();
		this.wss.close();
	}
}

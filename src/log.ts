// Structured logs: one JSON object per line on stderr, so stdout stays free for the console's answers.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** Interaction tokens grant 15 minutes of replies; never write them out. */
const SECRET_KEYS = new Set(['token', 'authorization', 'DISCORD_TOKEN']);

export interface Logger {
	debug(event: string, fields?: LogFields): void;
	info(event: string, fields?: LogFields): void;
	warn(event: string, fields?: LogFields): void;
	error(event: string, fields?: LogFields): void;
	child(fields: LogFields): Logger;
}

export interface LoggerOptions {
	level?: LogLevel;
	/** Values (the bot token) replaced by "[redacted]" wherever they appear. */
	secrets?: readonly (string | undefined)[];
	write?: (line: string) => void;
	now?: () => Date;
}

export function createLogger(options: LoggerOptions = {}, bound: LogFields = {}): Logger {
	const min = RANK[options.level ?? 'info'];
	const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
	const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
	const now = options.now ?? (() => new Date());

	const emit = (level: LogLevel, event: string, fields: LogFields = {}): void => {
		if (RANK[level] < min) return;
		const record = { time: now().toISOString(), level, event, ...bound, ...fields };
		let line = JSON.stringify(record, (key, value: unknown) => {
			if (SECRET_KEYS.has(key) && value) return '[redacted]';
			if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
			return value;
		});
		for (const secret of secrets) line = line.split(secret).join('[redacted]');
		write(line);
	};
	return {
		debug: (event, fields) => emit('debug', event, fields),
		info: (event, fields) => emit('info', event, fields),
		warn: (event, fields) => emit('warn', event, fields),
		error: (event, fields) => emit('error', event, fields),
		child: (fields) => createLogger(options, { ...bound, ...fields }),
	};
}

/** A logger that drops everything, for tests and library callers that do not care. */
export const silentLogger: Logger = createLogger({ write: () => {} });

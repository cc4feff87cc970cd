// Per-user rate limiting: a token bucket for each user, refilled steadily, so a burst is fine and a flood is not.
// Memory is bounded: the least recently seen users are forgotten first (a forgotten user simply starts full).

export interface RateLimitOptions {
	/** Interactions a user may send at once. */
	burst: number;
	/** Seconds for one interaction's worth to come back. */
	refillSeconds: number;
	/** Users remembered at most. */
	maxUsers?: number;
	now?: () => number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export type RateLimiter = (userId: string) => RateDecision;

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
	const now = options.now ?? Date.now;
	const maxUsers = options.maxUsers ?? 10_000;
	const buckets = new Map<string, { tokens: number; at: number }>();
	return (userId) => {
		const t = now();
		const bucket = buckets.get(userId) ?? { tokens: options.burst, at: t };
		buckets.delete(userId); // re-inserted below, so the map stays ordered from least to most recently seen
		bucket.tokens = Math.min(options.burst, bucket.tokens + (t - bucket.at) / 1000 / options.refillSeconds);
		bucket.at = t;
		const ok = bucket.tokens >= 1;
		if (ok) bucket.tokens -= 1;
		buckets.set(userId, bucket);
		if (buckets.size > maxUsers) buckets.delete(buckets.keys().next().value!);
		return ok ? { ok } : { ok, retryAfterSeconds: Math.ceil((1 - bucket.tokens) * options.refillSeconds) };
	};
}

/** The default: 6 interactions at once, then one every 2 seconds; autocomplete keystrokes are limited separately. */
export const COMMAND_RATE = { burst: 6, refillSeconds: 2 } as const;
export const AUTOCOMPLETE_RATE = { burst: 30, refillSeconds: 0.2 } as const;

/** The limits every served bot uses (gateway and HTTP). */
export const defaultLimits = () => ({ commands: createRateLimiter(COMMAND_RATE), autocomplete: createRateLimiter(AUTOCOMPLETE_RATE) });

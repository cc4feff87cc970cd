import { type IntervalHistogram, PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import type { Logger } from '../log.js';

// What an operator needs to tell a slow answer from a stalled process: how long the event loop kept callbacks
// waiting, and how long the garbage collector paused it, logged once per interval while there was anything to say.

/** How often the figures are logged. */
export const HEALTH_INTERVAL_MS = 10_000;

export interface LoopHealth {
	stop(): void;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Resident memory, and the JavaScript heap and the memory outside it (buffers), to tell a leak from a full cache. */
function memoryMb(): { rssMb: number; heapUsedMb: number; externalMb: number } {
	const m = process.memoryUsage();
	return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), externalMb: mb(m.external) };
}

export function watchEventLoop(log: Logger, intervalMs = HEALTH_INTERVAL_MS): LoopHealth {
	const delay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
	delay.enable();
	let gcCount = 0;
	let gcMs = 0;
	let gcMaxMs = 0;
	const gc = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			gcCount++;
			gcMs += entry.duration;
			gcMaxMs = Math.max(gcMaxMs, entry.duration);
		}
	});
	gc.observe({ entryTypes: ['gc'] });
	const ms = (ns: number) => Math.round(ns / 1e5) / 10;
	const timer = setInterval(() => {
		log.info('event loop', {
			delayP50Ms: ms(delay.percentile(50)),
			delayP99Ms: ms(delay.percentile(99)),
			delayMaxMs: ms(delay.max),
			gcPauses: gcCount,
			gcMs: Math.round(gcMs),
			gcMaxMs: Math.round(gcMaxMs),
			...memoryMb(),
		});
		delay.reset();
		[gcCount, gcMs, gcMaxMs] = [0, 0, 0];
	}, intervalMs);
	timer.unref();
	return {
		stop() {
			clearInterval(timer);
			delay.disable();
			gc.disconnect();
		},
	};
}

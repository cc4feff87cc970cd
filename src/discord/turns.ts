// Answers take their turns. Handlers on the embedded store run synchronously, so a burst of interactions handled as
// they arrive runs back to back in one turn of the event loop: at 100 at once that turn lasted 1-3 s on a busy
// machine, and everything else waited for it, the sockets holding the next requests and the timer that defers an
// answer before Discord's 3-second window closes included. Here each answer starts in a turn of its own, in the
// order the interactions arrived, so between two answers the bot reads what arrived and its timers fire.

export interface Turns {
	/** Runs `task` when its turn comes: after every task queued before it has started. */
	run<T>(task: () => Promise<T>): Promise<T>;
	/** Tasks waiting for their turn. */
	readonly waiting: number;
}

export function createTurns(): Turns {
	const queue: (() => void)[] = [];
	let scheduled = false;
	// setImmediate runs after the event loop has polled for I/O; one queued at that point runs in the next turn.
	const next = () => {
		if (scheduled || queue.length === 0) return;
		scheduled = true;
		setImmediate(() => {
			scheduled = false;
			queue.shift()?.();
			next();
		});
	};
	return {
		run: (task) =>
			new Promise<void>((start) => {
				queue.push(start);
				next();
			}).then(task),
		get waiting() {
			return queue.length;
		},
	};
}

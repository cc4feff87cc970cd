// The interactions being answered right now, so that a shutdown can stop taking new ones and finish these first.

export class InFlight {
	private readonly pending = new Set<Promise<void>>();
	private draining = false;

	/** False once a shutdown began: new interactions are turned away. */
	get accepting(): boolean {
		return !this.draining;
	}

	get size(): number {
		return this.pending.size;
	}

	track(work: Promise<void>): void {
		this.pending.add(work);
		void work.finally(() => this.pending.delete(work));
	}

	/** Stops taking new work and resolves when everything already taken has been answered (or has failed). */
	async drain(): Promise<void> {
		this.draining = true;
		while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
	}
}

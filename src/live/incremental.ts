import type { Logger } from '../log.js';
import type { FactStore, WritableFactStore } from '../store/contract.js';
import { NoArticlesError, applyArticleChanges } from '../store/ingest.js';
import type { FolderApplier, FolderProblem, ReloadSummary } from './watch.js';

// The folder applied to a store that takes changes in place (the embedded database): only new and changed files are
// extracted again, only the merges their names touch are redone, in one transaction, so the store the commands read
// is never half-changed. A rejected file keeps its previous facts; a folder left with no usable article changes nothing.

export const isWritable = (store: FactStore): store is WritableFactStore =>
	typeof (store as Partial<WritableFactStore>).applyChanges === 'function' && typeof (store as Partial<WritableFactStore>).storedFiles === 'function';

export class IncrementalApply implements FolderApplier {
	private rejected: FolderProblem[] = [];

	constructor(
		private readonly dir: string,
		private readonly store: WritableFactStore,
		private readonly log: Logger,
	) {}

	problems(): FolderProblem[] {
		return this.rejected;
	}

	/**
	 * At start too: the folder may have changed since the store was opened, and the rejected files are learnt. With
	 * `only`, those files alone are looked at, and what is known of the others' problems stays.
	 */
	async apply(_swap = true, only?: readonly string[]): Promise<ReloadSummary> {
		try {
			const report = await applyArticleChanges(this.store, this.dir, only ? { only } : {});
			this.learn(report.rejected, only);
			return { added: report.added, changed: report.changed, removed: report.removed, rejected: report.rejected };
		} catch (error) {
			if (!(error instanceof NoArticlesError)) throw error;
			this.log.warn('no usable article left in the folder; the previous facts keep serving', { dir: this.dir });
			this.learn(error.rejected, only);
			return { added: [], changed: [], removed: [], rejected: error.rejected };
		}
	}

	private learn(rejected: FolderProblem[], only: readonly string[] | undefined): void {
		const others = only ? this.rejected.filter((p) => !only.includes(p.file)) : [];
		this.rejected = [...others, ...rejected].sort((a, b) => a.file.localeCompare(b.file));
	}
}

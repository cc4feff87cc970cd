import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

// Which entries of an articles folder can be read as articles. Anything that is not a regular file (a folder named
// "x.md", a FIFO that would block a read forever, a dangling or looping symbolic link), a symbolic link to a file
// outside the folder (which would serve any file the bot can read), and a file of another kind than an article is
// skipped with a reason, never allowed to stop or hang the ingest. Hidden files (".draft.md", ".gitkeep") are left
// alone without a word.

export const ARTICLE_EXTENSIONS = ['.md', '.txt'] as const;

export interface FolderProblem {
	file: string;
	reason: string;
}

const isArticleName = (name: string) => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

function kindOf(path: string, root: string): string | null {
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) return 'it is a folder, not a file';
		if (stat.isFIFO()) return 'it is a named pipe, not a file';
		if (stat.isSocket()) return 'it is a socket, not a file';
		if (!stat.isFile()) return 'it is not a regular file';
		if (lstatSync(path).isSymbolicLink() && !realpathSync(path).startsWith(root + sep)) {
			return 'it is a symbolic link to a file outside the articles folder; copy the file in instead';
		}
		return null;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP') return 'it is a symbolic link that loops';
		if (code === 'ENOENT') return 'it is a symbolic link to nothing';
		return `it cannot be read (${code ?? (error as Error).message})`;
	}
}

/**
 * The article files of `dir` (by extension, hidden files left out), sorted, and the entries skipped with a reason;
 * with `only`, just those of these names that are in the folder (the ones a watch of the folder reported), so that
 * one new file costs what it is, not a look at every other file.
 */
export function listArticleFiles(dir: string, only?: Iterable<string>): { files: string[]; problems: FolderProblem[] } {
	const files: string[] = [];
	const problems: FolderProblem[] = [];
	const root = realpathSync(dir);
	const inFolder = (name: string) => !name.includes(sep) && lstatSync(join(dir, name), { throwIfNoEntry: false }) !== undefined;
	const names = (only ? [...new Set(only)].filter(inFolder) : readdirSync(dir))
		.filter((name) => !name.startsWith('.'))
		.sort();
	const kinds = ARTICLE_EXTENSIONS.join(' or ');
	for (const name of names) {
		const reason = isArticleName(name) ? kindOf(join(dir, name), root) : `it is not an article file: articles end in ${kinds}`;
		if (reason) problems.push({ file: name, reason });
		else files.push(join(dir, name));
	}
	return { files, problems };
}

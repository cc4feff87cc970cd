import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

// Which entries of an articles folder can be read as articles. Anything that is not a regular file (a folder named
// "x.md", a FIFO that would block a read forever, a dangling or looping symbolic link) is skipped with a reason,
// never allowed to stop or hang the ingest.

export const ARTICLE_EXTENSIONS = ['.md', '.txt'] as const;

export interface FolderProblem {
	file: string;
	reason: string;
}

function kindOf(path: string): string | null {
	try {
		const stat = statSync(path);
		if (stat.isFile()) return null;
		if (stat.isDirectory()) return 'it is a folder, not a file';
		if (stat.isFIFO()) return 'it is a named pipe, not a file';
		if (stat.isSocket()) return 'it is a socket, not a file';
		return 'it is not a regular file';
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP') return 'it is a symbolic link that loops';
		if (code === 'ENOENT') return 'it is a symbolic link to nothing';
		return `it cannot be read (${code ?? (error as Error).message})`;
	}
}

/** The article files of `dir` (by extension, hidden files left out), sorted, and the entries skipped with a reason. */
export function listArticleFiles(dir: string): { files: string[]; problems: FolderProblem[] } {
	const files: string[] = [];
	const problems: FolderProblem[] = [];
	const names = readdirSync(dir)
		.filter((name) => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) && !name.startsWith('.'))
		.sort();
	for (const name of names) {
		const reason = kindOf(join(dir, name));
		if (reason) problems.push({ file: name, reason });
		else files.push(join(dir, name));
	}
	return { files, problems };
}

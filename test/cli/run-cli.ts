import { execFile } from 'node:child_process';

// Runs a command-line entry point as `npm run` does (compiled by scripts/run.mjs when a source changed), and reports
// its exit code and output. The timeout only stops a hung process: a busy machine may take many seconds to start one.

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export function runCli(script: string, args: string[]): Promise<CliResult> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['scripts/run.mjs', script, ...args],
			{ timeout: 150_000, env: { ...process.env, NO_COLOR: '1' } },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
				resolve({ code, stdout, stderr });
			},
		);
	});
}

import type { ChildProcess } from 'node:child_process';

/** What a spawned command gave: its exit code and everything it wrote. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Collects a spawned child's output until it closes; its stdin, if piped, gets `input` (or nothing) and is closed. */
export function ran(child: ChildProcess, input?: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin?.end(input ?? '');
  });
}

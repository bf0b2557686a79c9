import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OutputRecord } from '../../format/index.js';
import { internalFailure } from '../analysis.js';
import type { Document } from '../documents.js';
import type { Analyzed, Reply, Task } from './protocol.js';
import { WorkerLane } from './worker-lane.js';
import { setWorkerFlags } from './worker-flags.js';

/**
 * Documents analyzed in this thread before worker threads are started. Each worker pays a start-up
 * (about 0.1 s to load, then TurboFan compiling the analysis anew in its isolate) that a few dozen
 * articles never earn back, while a few hundred do (README, "Batches"). Joining late is no better:
 * a worker that starts at the 100th of 300 articles is still compiling when the batch ends.
 */
export const INLINE_LIMIT = 32;

/** A thread that keeps crashing is replaced at most this many times per job before giving up. */
const RESPAWNS_PER_JOB = 2;

export interface DispatcherOptions {
  /** Worker threads to use once the batch is long enough; 1 means none. */
  jobs: number;
  /** The analysis in this thread, exceptions already turned into error records. */
  analyzeHere: (doc: Document) => OutputRecord;
  /**
   * Workers answer with each record's NDJSON line (the output format is NDJSON): formatting there
   * spares this thread cloning every record and writing it out, work that grows with the batch.
   */
  asLines?: boolean;
  /** The worker script; null when none is available (running from the TypeScript sources). */
  workerScript: URL | null;
  inlineLimit?: number;
  /** Analyze here while the workers start (default true; tests turn it off to reach the workers). */
  helpWhileStarting?: boolean;
  /** This thread is one of the `jobs` lanes: it starts `jobs - 1` workers and keeps analyzing. */
  mainIsLane?: boolean;
  /** Told once, when the threads could not be used and this thread takes over. */
  warn?: (message: string) => void;
}

interface Pending {
  task: Task;
  doc: Document;
  resolve: (analyzed: Analyzed) => void;
}

const asRecord = (record: OutputRecord): Analyzed => ({ kind: 'record', record });

/**
 * The worker script of a build, or null when this module runs from its .ts source (no worker.js
 * beside it). The installed command has bin/worker.js, which loads the bundle from its code cache
 * as bin/analyze.js does: a worker is then ready in about 100 ms, against 150 ms to load the
 * hundred-odd modules of the tsc output (README, "Batches").
 */
export function builtWorkerScript(): URL | null {
  const compiled = new URL('./worker.js', import.meta.url);
  if (compiled.protocol !== 'file:' || !existsSync(fileURLToPath(compiled))) return null;
  const shim = new URL('../../../bin/worker.js', import.meta.url);
  return existsSync(fileURLToPath(shim)) ? shim : compiled;
}

/**
 * Hands documents to worker threads, one per message, and to this thread while no worker is
 * ready: it starts in this thread, starts the workers once more than `inlineLimit` documents came,
 * and keeps working here until the first worker has loaded, so their startup costs no idle time.
 * Every document gets exactly one record; a crashed worker fails only the document it held.
 */
export class Dispatcher {
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, Pending>();
  private readonly lanes: WorkerLane[] = [];
  private readonly limit: number;
  private submitted = 0;
  private started = false;
  private spawned = 0;
  private hereScheduled = false;
  private closed = false;
  private warned = false;
  /** Documents analyzed in this thread and in worker threads (for tests and benchmarks). */
  readonly counts = { here: 0, workers: 0 };

  /** Worker threads started so far, replacements included. */
  get spawnedWorkers(): number {
    return this.spawned;
  }

  constructor(private readonly options: DispatcherOptions) {
    this.limit = options.inlineLimit ?? INLINE_LIMIT;
  }

  analyze(doc: Document): Promise<Analyzed> {
    return new Promise((resolve) => {
      const task: Task = {
        seq: this.submitted++,
        text: doc.masked ?? doc.text,
        original: doc.masked === undefined ? undefined : doc.text,
        source: doc.source,
        id: doc.id,
        referenceDate: doc.referenceDate,
        asLine: this.options.asLines === true,
      };
      this.queue.push({ task, doc, resolve });
      if (!this.started && this.submitted > this.limit && this.options.jobs > 1 && this.options.workerScript) this.startWorkers();
      this.pump();
    });
  }

  /** Stops the worker threads; documents not yet answered get an error record. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.lanes.map((lane) => lane.terminate()));
    for (const pending of [...this.queue, ...this.inFlight.values()]) pending.resolve(asRecord(internalFailure(pending.doc, 'cancelled')));
    this.queue.length = 0;
    this.inFlight.clear();
  }

  private startWorkers(): void {
    this.started = true;
    setWorkerFlags();
    const workers = this.options.mainIsLane ? this.options.jobs - 1 : this.options.jobs;
    for (let i = 0; i < workers; i++) this.spawn();
  }

  private spawn(): void {
    const script = this.options.workerScript;
    if (!script) return;
    this.spawned++;
    try {
      this.lanes.push(
        new WorkerLane(script, {
          ready: () => this.pump(),
          replied: (_lane, task, reply) => this.onReply(task, reply),
          gone: (lane, running, unstarted, reason) => this.onGone(lane, running, unstarted, reason),
        }),
      );
    } catch (error) {
      this.giveUpOnWorkers(error instanceof Error ? error.message : String(error));
    }
  }

  private take(task: Task): Pending | undefined {
    const pending = this.inFlight.get(task.seq);
    this.inFlight.delete(task.seq);
    return pending;
  }

  private onReply(task: Task, reply: Exclude<Reply, { kind: 'ready' }>): void {
    const pending = this.take(task);
    if (pending) {
      this.counts.workers++;
      if (reply.kind === 'line') pending.resolve({ kind: 'line', line: reply.line, quotes: reply.quotes });
      else pending.resolve(asRecord(reply.kind === 'result' ? reply.result : internalFailure(pending.doc, reply.message)));
    }
    this.pump();
  }

  /** The document the thread was working on fails; the ones it had not begun go back in line, first. */
  private onGone(lane: WorkerLane, running: Task | null, unstarted: Task[], reason: string): void {
    this.lanes.splice(this.lanes.indexOf(lane), 1);
    if (this.closed) return;
    const crashed = running ? this.take(running) : undefined;
    crashed?.resolve(asRecord(internalFailure(crashed.doc, `worker thread stopped (${reason})`)));
    const requeued = unstarted.map((task) => this.take(task)).filter((p): p is Pending => p !== undefined);
    this.queue.unshift(...requeued);
    if (this.spawned < this.options.jobs * (1 + RESPAWNS_PER_JOB)) this.spawn();
    else if (this.lanes.length === 0) this.giveUpOnWorkers(reason);
    this.pump();
  }

  private giveUpOnWorkers(reason: string): void {
    if (this.warned) return;
    this.warned = true;
    this.options.warn?.(`worker threads stopped (${reason}); analyzing in one thread`);
  }

  /**
   * As one of the lanes (as the command runs it), this thread always works. Otherwise only while
   * no worker is ready, so it never competes with them for cores: when there are no workers (one
   * job, none built, or all gone), and while they start.
   */
  private hereMayWork(): boolean {
    if (this.lanes.length === 0 || this.options.mainIsLane) return true;
    return !this.lanes.some((lane) => lane.state === 'ready') && this.options.helpWhileStarting !== false;
  }

  private pump(): void {
    if (this.closed) return;
    for (const lane of this.lanes) {
      while (lane.hasRoom && this.queue.length > 0) {
        const next = this.queue.shift() as Pending;
        this.inFlight.set(next.task.seq, next);
        lane.send(next.task);
      }
    }
    if (this.queue.length > 0 && this.hereMayWork() && !this.hereScheduled) {
      this.hereScheduled = true;
      // One document per turn of the event loop, so reading, writing and workers' replies go on.
      setImmediate(() => this.workHere());
    }
  }

  private workHere(): void {
    this.hereScheduled = false;
    if (this.closed || !this.hereMayWork()) return;
    const next = this.queue.shift();
    if (!next) return;
    this.counts.here++;
    next.resolve(asRecord(this.options.analyzeHere(next.doc)));
    this.pump();
  }
}

import { Worker } from 'node:worker_threads';
import { oneLine } from '../errors.js';
import type { Reply, Task } from './protocol.js';

/**
 * Tasks sent ahead to a worker: the next one waits in its message queue while it works on the
 * first, so it never sits idle waiting for this thread to answer its reply.
 */
export const TASKS_PER_WORKER = 2;

export interface LaneEvents {
  /** The thread has loaded the analysis and can take tasks. */
  ready(lane: WorkerLane): void;
  /** The reply to one of the lane's tasks. */
  replied(lane: WorkerLane, task: Task, reply: Exclude<Reply, { kind: 'ready' }>): void;
  /**
   * The thread is gone (crashed, failed to start, or terminated). `running` is the task it was
   * working on, if any; `unstarted` were sent but not begun, and can be given to another thread.
   */
  gone(lane: WorkerLane, running: Task | null, unstarted: Task[], reason: string): void;
}

/** One worker thread and the tasks it holds, answered in the order they were sent. */
export class WorkerLane {
  state: 'starting' | 'ready' | 'gone' = 'starting';
  private readonly tasks: Task[] = [];
  private readonly worker: Worker;
  private failure: string | null = null;

  constructor(
    script: URL,
    private readonly events: LaneEvents,
  ) {
    this.worker = new Worker(script);
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
    // 'error' (an uncaught exception in the thread) is always followed by 'exit'; keep its message.
    this.worker.on('error', (error) => {
      this.failure ??= oneLine(error);
    });
    this.worker.on('messageerror', (error) => {
      this.failure ??= `unreadable message (${oneLine(error)})`;
      void this.worker.terminate();
    });
    this.worker.on('exit', (code) => this.onExit(code));
  }

  /** Can take another task now. */
  get hasRoom(): boolean {
    return this.state === 'ready' && this.tasks.length < TASKS_PER_WORKER;
  }

  send(task: Task): void {
    this.tasks.push(task);
    this.worker.postMessage(task);
  }

  async terminate(): Promise<void> {
    if (this.state === 'gone') return;
    this.failure ??= 'terminated';
    await this.worker.terminate();
  }

  private onReply(reply: Reply): void {
    if (reply.kind === 'ready') {
      if (this.state === 'starting') this.state = 'ready';
      this.events.ready(this);
      return;
    }
    // A worker answers its messages one after another, so a reply is for the oldest task.
    const task = this.tasks[0];
    if (!task || task.seq !== reply.seq) return;
    this.tasks.shift();
    this.events.replied(this, task, reply);
  }

  private onExit(code: number): void {
    const [running = null, ...unstarted] = this.tasks;
    this.tasks.length = 0;
    this.state = 'gone';
    this.events.gone(this, running, unstarted, this.failure ?? `exit code ${code}`);
  }
}

// WAL checkpoints off the event loop. With SQLite's automatic checkpoint, every ~1000 WAL pages one commit on the
// request path copies the WAL into the database and fsyncs it: p99 of an initiate (two commits) rose to ~5 ms and
// the mean doubled. Here a worker thread with its own connection checkpoints instead: PASSIVE every intervalMs
// (never blocks the shim's writes), RESTART when the WAL has grown past restartFrames (under sustained writes a
// passive checkpoint can never rewind the WAL; RESTART waits for writers briefly, in the worker, and bounds it).
// Durability is unchanged: commits are still WAL appends with synchronous=NORMAL, checkpoints still fsync.
// If the worker cannot run, the store goes back to automatic checkpoints.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = ' + workerData.busyMs);
let stopped = false;
const tick = () => {
  if (stopped) return;
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    if (r && r.log > workerData.restartFrames) {
      // Right after the passive pass only the newest frames are left. No busy wait: if a write is under way,
      // SQLITE_BUSY comes back at once and the next tick tries again.
      db.pragma('busy_timeout = 0');
      try { db.pragma('wal_checkpoint(RESTART)'); } finally { db.pragma('busy_timeout = ' + workerData.busyMs); }
    }
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message || err) });
  }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  stopped = true;
  clearInterval(timer);
  try { db.close(); } finally { parentPort.postMessage({ stopped: true }); parentPort.close(); }
});
parentPort.postMessage({ ready: true });
`;

export interface CheckpointerOptions {
  intervalMs?: number;
  restartFrames?: number;
  onError?: (message: string) => void;
}

export class WalCheckpointer {
  private readonly worker: Worker;
  private exited: Promise<void>;

  /** Resolves once the worker has opened the database; rejects if it could not. */
  readonly ready: Promise<void>;

  constructor(file: string, opts: CheckpointerOptions = {}) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, module, intervalMs: opts.intervalMs ?? 100, restartFrames: opts.restartFrames ?? 4000, busyMs: 2000 },
    });
    this.worker.unref();
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`checkpoint worker exited ${code}`)));
      const onMessage = (m: { ready?: boolean; error?: string }) => {
        if (m.ready) resolve();
        if (m.error) opts.onError?.(m.error);
      };
      this.worker.on('message', onMessage);
    });
    this.ready.catch(() => undefined);
  }

  /** Stop checkpointing and close the worker's connection (the store's own close then checkpoints the rest). */
  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await Promise.race([this.exited, new Promise<void>((r) => setTimeout(r, 2000).unref())]);
    await this.worker.terminate().catch(() => undefined);
  }
}

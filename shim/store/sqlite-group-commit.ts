// Group commit for the SQLite store. Every write the request path makes (idempotency claim, outcome, release,
// settle) is queued and run at the end of the current event-loop turn, together with the writes the other requests
// queued in that turn, in ONE `BEGIN IMMEDIATE … COMMIT`. A commit's fixed cost (locks on the WAL index, frame
// headers, the WAL append itself) was about half of an initiate's store time; under load it is now shared.
// Guarantees: a waiter's promise settles only after the transaction holding its write has COMMITTED (a claim is
// durable before the caller can send the PUT); a waiter whose write failed is rejected and its write is undone;
// nobody is told "committed" for a write that was rolled back. Operations run in the order they were queued
// (FIFO), so two claims of the same key in one batch behave exactly as two sequential claims: the first wins.
// Optimistic: the batch runs its operations directly (no SAVEPOINT per operation, two statements fewer each).
// Statements almost never fail here; when one does, the whole batch is rolled back and every operation is run
// again in a transaction of its own, in the same order, so each waiter gets exactly its own outcome.
import type Database from 'better-sqlite3';

interface QueuedWrite {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; err: unknown };

/** An operation of the optimistic pass threw (as opposed to BEGIN or COMMIT failing). */
class OperationFailed extends Error {
  constructor(readonly cause: unknown) {
    super('an operation of the batch failed');
  }
}

export class GroupCommit {
  private queue: QueuedWrite[] = [];
  private scheduled: NodeJS.Immediate | undefined;
  private readonly batch: Database.Transaction<(ops: QueuedWrite[]) => unknown[]>;
  private readonly single: Database.Transaction<(op: QueuedWrite) => unknown>;
  /** Commits (batches and, after a failed batch, single operations), operations in them, fallbacks taken. */
  readonly stats = { batches: 0, operations: 0, largest: 0, fallbacks: 0 };

  constructor(db: Database.Database) {
    this.batch = db.transaction((ops: QueuedWrite[]): unknown[] =>
      ops.map((op) => {
        let value: unknown;
        try {
          value = op.run();
        } catch (err) {
          throw new OperationFailed(err); // better-sqlite3 rolls the whole transaction back
        }
        // A write that swallowed an error which ended the transaction (RAISE(ROLLBACK), I/O error): the next
        // statement would autocommit on its own. Stop here; every write is run again alone.
        if (!db.inTransaction) throw new OperationFailed(new Error('the group commit transaction was rolled back'));
        return value;
      }),
    );
    this.single = db.transaction((op: QueuedWrite) => op.run());
  }

  /** Whether a batch is queued (it commits at the end of this event-loop turn). */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Queue a synchronous write; resolves with its result once the transaction holding it has committed. */
  run<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: write, resolve: resolve as (v: unknown) => void, reject });
      // setImmediate runs after the poll phase: every request read in this turn has queued its write by then.
      this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  /** Commit everything queued now (also called by close()). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const ops = this.queue;
    if (ops.length === 0) return;
    this.queue = [];
    let outcomes: Outcome[];
    try {
      outcomes = this.batch.immediate(ops).map((value) => ({ ok: true, value }));
      this.count(ops.length);
    } catch (err) {
      // BEGIN or COMMIT failed (busy, I/O error, disk full): nothing of this batch is stored.
      if (!(err instanceof OperationFailed)) {
        for (const op of ops) op.reject(err);
        return;
      }
      this.stats.fallbacks++;
      outcomes = ops.map((op): Outcome => {
        try {
          const value = this.single.immediate(op);
          this.count(1);
          return { ok: true, value };
        } catch (e) {
          return { ok: false, err: e };
        }
      });
    }
    outcomes.forEach((o, i) => (o.ok ? ops[i].resolve(o.value) : ops[i].reject(o.err)));
  }

  private count(operations: number): void {
    this.stats.batches++;
    this.stats.operations += operations;
    if (operations > this.stats.largest) this.stats.largest = operations;
  }
}

// Group commit for the SQLite store. Every write the request path makes (idempotency claim, outcome, release,
// settle) is queued and run at the end of the current event-loop turn, together with the writes the other requests
// queued in that turn, in ONE `BEGIN IMMEDIATE … COMMIT`. A commit's fixed cost (locks on the WAL index, frame
// headers, the WAL append itself) was about half of an initiate's store time; under load it is now shared.
// Guarantees, unchanged: a waiter's promise settles only after its batch has COMMITTED (a claim is durable before
// the caller can send the PUT); if the commit fails, every waiter of the batch is rejected (none may act on a write
// that did not happen); each operation runs in its own SAVEPOINT, so a failing statement undoes only its own
// changes and rejects only its own waiter. Operations run in the order they were queued (FIFO), so two claims of
// the same key in one batch behave exactly as two sequential claims: the first wins, the second sees it pending.
import type Database from 'better-sqlite3';

interface QueuedWrite {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; err: unknown };

export class GroupCommit {
  private queue: QueuedWrite[] = [];
  private scheduled: NodeJS.Immediate | undefined;
  private readonly batch: Database.Transaction<(ops: QueuedWrite[]) => Outcome[]>;
  /** Batches committed and operations in them (observability and tests). */
  readonly stats = { batches: 0, operations: 0, largest: 0 };

  constructor(db: Database.Database) {
    // A transaction function called inside another one runs as a SAVEPOINT (better-sqlite3).
    const one = db.transaction((op: QueuedWrite) => op.run());
    this.batch = db.transaction((ops: QueuedWrite[]): Outcome[] =>
      ops.map((op): Outcome => {
        let outcome: Outcome;
        try {
          outcome = { ok: true, value: one(op) };
        } catch (err) {
          outcome = { ok: false, err };
        }
        // Some errors (RAISE(ROLLBACK), I/O errors, a full disk) roll back the WHOLE transaction: the next
        // statement would then autocommit on its own. Stop here; the batch fails as a whole.
        if (!db.inTransaction) throw outcome.ok ? new Error('the group commit transaction was rolled back') : outcome.err;
        return outcome;
      }),
    );
  }

  /** Whether a batch is queued (it commits at the end of this event-loop turn). */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Queue a synchronous write; resolves with its result once the batch holding it has committed. */
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
      outcomes = this.batch.immediate(ops);
    } catch (err) {
      // BEGIN or COMMIT failed (busy, I/O error, disk full): nothing of this batch is stored.
      for (const op of ops) op.reject(err);
      return;
    }
    this.stats.batches++;
    this.stats.operations += ops.length;
    if (ops.length > this.stats.largest) this.stats.largest = ops.length;
    outcomes.forEach((o, i) => (o.ok ? ops[i].resolve(o.value) : ops[i].reject(o.err)));
  }
}

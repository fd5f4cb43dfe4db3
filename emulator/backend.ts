// What a mode (kyx or legacy) plugs into the shared server: its routes, seeding, finishing, and the view of a
// workflow/transaction that the web-client page needs.
import type { Route } from './context.js';
import type { ExecutionSummary, FinishOutcome, FinishResult, SeedOptions, SeedResult } from './types.js';

export interface WebSession {
  /** workflowExecutionId (kyx) or transactionReference (legacy). */
  reference: string;
  /** The authorization token is past its lifetime, or the workflow already finished. */
  unusable: boolean;
  locale: string;
  successUrl?: string;
  errorUrl?: string;
  /** event.data fields other than eventType, dateTime and payload, in the mode's field names. */
  eventFields: Record<string, unknown>;
  /** Query parameters the client appends to successUrl/errorUrl, in the mode's names. */
  redirectParams(status: 'SUCCESS' | 'ERROR', errorCode?: number): Record<string, string>;
  /** The page reported the end of the journey (kyx: ACQUIRED; legacy: STARTED). */
  reportAcquired(success: boolean): void;
}

export interface Backend {
  routes: Route[];
  seed(opts: SeedOptions): Promise<SeedResult> | SeedResult;
  finish(ref: { accountId?: string; workflowExecutionId: string }, outcome: FinishOutcome): Promise<FinishResult>;
  webSession(authorizationToken: string): WebSession | undefined;
  executions(key: string): ExecutionSummary[];
}

export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

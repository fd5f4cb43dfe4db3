// Public types of the emulator library (the names are a contract with shim/ and the test helpers: change
// nothing here without telling them; adding optional fields is fine).

import type { KyxRegion } from '../api/index.js';

export type EmulatorMode = 'kyx' | 'legacy';
export type EmulatorRegion = KyxRegion;

export interface EmulatorClient {
  clientId: string;
  clientSecret: string;
}

export interface EmulatorOptions {
  /** Interface to bind; default '127.0.0.1'. */
  host?: string;
  /** Default 0 = pick a free port. */
  port?: number;
  /** 'kyx' (default): the KYX platform account API. 'legacy': the Netverify legacy API. */
  mode?: EmulatorMode;
  /** Default 'amer-1'. Shows in vendor-style hrefs (links: 'vendor') and on the web-client page; every service
   *  of the region is served on the emulator's one origin. */
  region?: EmulatorRegion;
  /** kyx: OAuth2 clients; legacy: Basic API users. Default: one pair, DEFAULT_CLIENT. */
  clients?: EmulatorClient[];
  /** Seconds an access token lives (kyx); default 3600. */
  tokenExpiresIn?: number;
  /** Portal "domain name prefix"; default 'acme'. Shown by the web-client page (the real host is unreachable). */
  webClientPrefix?: string;
  /** Serve HTTPS instead of HTTP. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Timeout of one callback delivery; default 5000 ms. */
  callbackTimeoutMs?: number;
  /** TLS settings for callback delivery to https:// receivers (e.g. a test's self-signed receiver). */
  callbackTls?: { ca?: string | Buffer; rejectUnauthorized?: boolean };
  /** Origin of the hrefs the emulator hands out (web.href / redirectUrl, retrieval and callback hrefs, image
   *  hrefs). 'emulator' (default): the emulator's own origin, so they work as-is. 'vendor': the real hosts
   *  (https://retrieval.<region>.jumio.ai, https://<prefix>.web.<region>.jumio.ai, https://netverify.com …), for
   *  tests that route those hostnames to the emulator (test/execution's TLS front). */
  links?: 'emulator' | 'vendor';
  /** legacy: apply the legacy URL rules (HTTPS, no IP address, no port) to loopback URLs too. Default false, so
   *  tests can use http://127.0.0.1:<port> receivers; other URLs always get the full rules. */
  strictUrls?: boolean;
  /** kyx: status for a missing, unknown or expired bearer token; default 401. The guides also lump calls
   *  "without OAuth2" into 403, so a client's handling of both can be tested. */
  invalidTokenStatus?: 401 | 403;
  /** Answer 403 to API calls without a User-Agent header (the vendor requires one naming your business).
   *  Default false. */
  requireUserAgent?: boolean;
  /** How many journal entries to keep (the newest); default 10000; 0 = keep none (benchmarks). */
  journalLimit?: number;
  /** kyx: reject account requests without `userConsent` (documented as mandatory since 2022-09, not enforced by
   *  Jumio yet). Default false. */
  requireUserConsent?: boolean;
}

/** The default client when `clients` is not given. */
export const DEFAULT_CLIENT: EmulatorClient = { clientId: 'emulator-client', clientSecret: 'emulator-secret' };

/**
 * Route ids, used by faults and shown in the journal.
 * kyx:    token, createAccount, updateAccount, workflowStatus, workflowDetails, credentialPart
 * legacy: legacyInitiate (both Authentication initiate paths), legacyV4Initiate, legacyRetrieval
 * both:   webClient (the page at web.href / redirectUrl), webClientReport (the page's own report call)
 */
export type RouteId =
  | 'token'
  | 'createAccount'
  | 'updateAccount'
  | 'workflowStatus'
  | 'workflowDetails'
  | 'credentialPart'
  | 'legacyInitiate'
  | 'legacyV4Initiate'
  | 'legacyRetrieval'
  | 'webClient'
  | 'webClientReport';

export interface JournalEntry {
  /** Route id, or null for a path the emulator does not serve (answered 404). */
  route: RouteId | null;
  method: string;
  /** Path only: the query string is never recorded. */
  path: string;
  /** Selected request headers (lower-case names). `authorization` is reduced to its scheme ('Basic', 'Bearer'). */
  headers: Record<string, string>;
  /** Parsed JSON or form body (secrets such as client_secret replaced by '[redacted]'); undefined when empty. */
  body?: unknown;
  /** Status answered; 0 when the connection was reset instead. */
  status: number;
  /** The injected fault that shaped this answer, if any. */
  fault?: FaultKind;
  /** ISO-8601 time the request arrived. */
  time: string;
}

export type FaultKind = 'latency' | 'status' | 'rate-limit' | 'reset' | 'token-expiry';

interface FaultBase {
  /** Route the fault applies to; '*' or absent = every API route (never /__control). */
  route?: RouteId | '*';
  /** How many matching requests it affects; default: unlimited, until clearFaults(). */
  times?: number;
  /** 'before' (default): instead of processing. 'after': the request is processed (state changes, e.g. the PUT
   *  creates a workflow execution), then the fault shapes the answer. */
  when?: 'before' | 'after';
}

export type Fault =
  | (FaultBase & { kind: 'latency'; ms: number })
  /** Answer this status (e.g. 500, 502, 503, 504) with a JSON error body; optional Retry-After. */
  | (FaultBase & { kind: 'status'; status: number; retryAfter?: number | string })
  /** 429 with Retry-After: seconds (number) or an HTTP-date (string). */
  | (FaultBase & { kind: 'rate-limit'; retryAfter: number | string })
  /** TCP reset (RST) once the request was read. */
  | (FaultBase & { kind: 'reset' })
  /** Every access token issued so far becomes invalid (the matching request itself then gets 401); tokens issued
   *  afterwards are valid. `when` is ignored (always before). */
  | (FaultBase & { kind: 'token-expiry' });

export interface SeedOptions {
  customerInternalReference?: string;
  userReference?: string;
  /** Use this reference for the seeded enrollment (kyx: the id of the completed workflow-3 execution; legacy: the
   *  approved v4 transaction), so one scenario can run against both modes with the same reference. */
  enrollmentReference?: string;
}

export interface SeedResult {
  /** kyx: the account id; legacy: '' (the legacy API has no accounts). */
  accountId: string;
  /** kyx: the ID credential of the completed workflow 3; legacy: ''. */
  idCredentialId: string;
  /** kyx: the FACEMAP credential of the completed workflow 3; legacy: ''. */
  facemapCredentialId: string;
  /** kyx: the completed workflow-3 execution id; legacy: the approved v4 transactionReference. */
  enrollmentReference: string;
}

export type FinishOutcome = 'PASSED' | 'REJECTED' | 'EXPIRED';

export interface FinishResult {
  /** HTTP status the callback receiver answered; absent when there was no callbackUrl or delivery failed. */
  callbackStatus?: number;
  /** Why delivery failed (connection refused, timeout …); absent on success. */
  callbackError?: string;
}

export interface ExecutionSummary {
  /** workflowExecutionId (kyx) or transactionReference (legacy). */
  id: string;
  /** kyx: workflow key; legacy: 'authentication'. */
  definitionKey: number | 'authentication';
  /** kyx: INITIATED | ACQUIRED | PROCESSED | SESSION_EXPIRED | TOKEN_EXPIRED; legacy: transactionResult. */
  status: string;
  createdAt: string;
}

/** What the web-client page does on its next loads (see docs/emulator.md). */
export interface WebOutcome {
  /** Limit to one workflow execution / transaction; absent = every page load. */
  workflowExecutionId?: string;
  outcome: 'success' | 'error';
  /** errorCode / metainfo.code for 'error'; default 9100. */
  errorCode?: number;
  /** Milliseconds between the 'loaded' event and the outcome; default 50. */
  delayMs?: number;
}

export interface Emulator {
  /** Origin, e.g. 'http://127.0.0.1:43123' (no trailing slash). */
  url: string;
  port: number;
  mode: EmulatorMode;
  close(): Promise<void>;
  journal(): JournalEntry[];
  clearJournal(): void;
  /** kyx: an account with a completed (PASSED) workflow 3, so a facemap is on file.
   *  legacy: an approved enrollment (v4 ID + Identity Verification) transaction. */
  seedAccount(opts?: SeedOptions): Promise<SeedResult>;
  /** Finish a workflow execution (legacy: a transaction) with a decision and send its callback. */
  finishWorkflow(ref: { accountId?: string; workflowExecutionId: string }, outcome: FinishOutcome): Promise<FinishResult>;
  /** kyx: the workflow executions of an account, oldest first (also the ones a faulted answer hid from the
   *  client); legacy: the authentication transactions started for an enrollment reference. [] when unknown. */
  workflowExecutions(accountIdOrEnrollmentReference: string): ExecutionSummary[];
  injectFault(f: Fault): void;
  clearFaults(): void;
  /** Faults still armed (with their remaining `times`). */
  faults(): Fault[];
  /** Steer the web-client page (default: success). */
  setWebOutcome(o: WebOutcome): void;
  /** Back to the default outcome (success) for every page load. */
  clearWebOutcomes(): void;
  /** Move the emulator's clock forward: access tokens, authorization tokens (tokenLifetime /
   *  tokenLifetimeInMinutes) and the legacy 15-minute window then behave as if that time had passed. Timestamps
   *  the emulator writes follow its clock. */
  advanceClock(ms: number): void;
}

/** Error body of every 4xx/5xx the emulator answers on API routes. `field` names the offending request field. */
export interface EmulatorErrorBody {
  httpStatus: number;
  message: string;
  field?: string;
  /** Every validation error found (the first one is repeated in field/message). */
  errors?: { field: string; message: string }[];
}

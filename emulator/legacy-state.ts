// In-memory state of the legacy Netverify emulator: v4 (ID verification, the enrolments) and Authentication
// transactions.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from './clock.js';
import type { LegacyTransactionResult, LegacyVerificationStatus } from '../api/index.js';

interface Common {
  reference: string;
  createdAt: string;
  completedAt?: string;
  /** Set when the web client reported the end of the capture. */
  acquiredAt?: string;
  callbackUrl?: string;
  successUrl?: string;
  errorUrl?: string;
  userReference?: string;
  locale: string;
  authorizationToken: string;
  tokenExpiresAt: number;
}

export interface AuthTransaction extends Common {
  kind: 'authentication';
  enrollmentReference: string;
  result: LegacyTransactionResult;
}

export interface VerificationTransaction extends Common {
  kind: 'verification';
  customerInternalReference: string;
  reportingCriteria?: string;
  workflowId?: number;
  /** undefined until finished. */
  verificationStatus?: LegacyVerificationStatus;
  /** Identity verification ran (workflowId 2xx, or the portal default) and matched. */
  identityMatch: boolean;
}

export type LegacyTransaction = AuthTransaction | VerificationTransaction;

/** Legacy rule (L-AUTH §1.3): of several authentications for one enrolment within 15 minutes, only the last
 *  can be finished; the earlier ones end EXPIRED. */
export const SUPERSEDE_WINDOW_MS = 15 * 60 * 1000;

export class LegacyState {
  readonly transactions = new Map<string, LegacyTransaction>();
  private byAuthToken = new Map<string, LegacyTransaction>();

  constructor(readonly clock: Clock) {}

  add<T extends LegacyTransaction>(t: Omit<T, 'reference' | 'createdAt' | 'authorizationToken'> & { reference?: string }): T {
    const full = {
      ...t,
      reference: t.reference ?? randomUUID(),
      createdAt: this.clock.iso(),
      authorizationToken: randomBytes(24).toString('base64url'),
    } as T;
    this.transactions.set(full.reference, full);
    this.byAuthToken.set(full.authorizationToken, full);
    return full;
  }

  findByAuthorizationToken(token: string): LegacyTransaction | undefined {
    return this.byAuthToken.get(token);
  }

  authenticationsOf(enrollmentReference: string): AuthTransaction[] {
    return [...this.transactions.values()].filter((t): t is AuthTransaction => t.kind === 'authentication' && t.enrollmentReference === enrollmentReference);
  }

  /** A later authentication for the same enrolment was started within 15 minutes of this one. */
  superseded(t: AuthTransaction): boolean {
    const created = Date.parse(t.createdAt);
    return this.authenticationsOf(t.enrollmentReference).some((o) => {
      const oc = Date.parse(o.createdAt);
      return o !== t && oc >= created && oc - created <= SUPERSEDE_WINDOW_MS && (oc > created || this.isAfter(o, t));
    });
  }

  /** Insertion order breaks ties between transactions created in the same millisecond. */
  private isAfter(a: LegacyTransaction, b: LegacyTransaction): boolean {
    const order = [...this.transactions.values()];
    return order.indexOf(a) > order.indexOf(b);
  }

  /** Lazily expire an unfinished transaction whose authorization token ran out before acquisition. */
  refresh(t: LegacyTransaction): LegacyTransaction {
    if (t.completedAt === undefined && t.acquiredAt === undefined && this.clock.now() >= t.tokenExpiresAt) {
      t.completedAt = this.clock.iso(t.tokenExpiresAt);
      if (t.kind === 'authentication') t.result = 'EXPIRED';
      else t.verificationStatus = 'NO_ID_UPLOADED';
    }
    return t;
  }
}

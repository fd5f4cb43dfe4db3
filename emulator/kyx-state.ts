// In-memory state of the KYX emulator: accounts, their credentials and workflow executions.
import { randomBytes, randomUUID } from 'node:crypto';

export type CredentialCategory = 'ID' | 'FACEMAP' | 'DOCUMENT' | 'SELFIE';
export type ExecutionStatus = 'INITIATED' | 'ACQUIRED' | 'PROCESSED' | 'SESSION_EXPIRED' | 'TOKEN_EXPIRED';
export type Decision = 'PASSED' | 'REJECTED' | 'NOT_EXECUTED';

export interface Credential {
  id: string;
  category: CredentialCategory;
  executionId: string;
}

export interface Execution {
  id: string;
  accountId: string;
  definitionKey: number;
  status: ExecutionStatus;
  /** Set when finished: the authentication/overall decision. */
  decision?: Decision;
  createdAt: string;
  startedAt?: string;
  completedAt?: string;
  customerInternalReference: string;
  userReference?: string;
  reportingCriteria?: string;
  callbackUrl?: string;
  successUrl?: string;
  errorUrl?: string;
  locale: string;
  authorizationToken: string;
  tokenExpiresAt: number;
  credentials: Credential[];
  /** WF9-like executions: the facemap on file they authenticate against. */
  referenceFacemapId?: string;
}

export interface Account {
  id: string;
  createdAt: string;
  executions: Execution[];
}

/** Credentials each workflow acquires (jumio-api-facts §4.5); unknown keys acquire an ID. */
export function credentialCategoriesFor(key: number): CredentialCategory[] {
  switch (key) {
    case 3:
    case 32:
    case 10011:
    case 10013:
      return ['ID', 'SELFIE', 'FACEMAP'];
    case 5:
    case 20:
      return ['ID', 'SELFIE'];
    case 6:
    case 9:
    case 16:
    case 10014:
      return ['SELFIE', 'FACEMAP'];
    default:
      return ['ID'];
  }
}

export class KyxState {
  readonly accounts = new Map<string, Account>();
  readonly executions = new Map<string, Execution>();
  private byAuthToken = new Map<string, Execution>();

  createAccount(): Account {
    const a: Account = { id: randomUUID(), createdAt: new Date().toISOString(), executions: [] };
    this.accounts.set(a.id, a);
    return a;
  }

  addExecution(
    account: Account,
    init: Omit<Execution, 'id' | 'accountId' | 'status' | 'createdAt' | 'credentials' | 'authorizationToken'> & { id?: string },
  ): Execution {
    const id = init.id ?? randomUUID();
    const e: Execution = {
      ...init,
      id,
      accountId: account.id,
      status: 'INITIATED',
      createdAt: new Date().toISOString(),
      authorizationToken: randomBytes(24).toString('base64url'),
      credentials: credentialCategoriesFor(init.definitionKey).map((category) => ({ id: randomUUID(), category, executionId: id })),
    };
    account.executions.push(e);
    this.executions.set(e.id, e);
    this.byAuthToken.set(e.authorizationToken, e);
    return e;
  }

  findByAuthorizationToken(token: string): Execution | undefined {
    return this.byAuthToken.get(token);
  }

  /** The newest FACEMAP credential from a finished, passed workflow that produces one; undefined if none. */
  facemapOnFile(account: Account): Credential | undefined {
    for (let i = account.executions.length - 1; i >= 0; i--) {
      const e = account.executions[i];
      if (!FACEMAP_SOURCE_KEYS.has(e.definitionKey) || e.status !== 'PROCESSED' || e.decision !== 'PASSED') continue;
      const f = e.credentials.find((c) => c.category === 'FACEMAP');
      if (f) return f;
    }
    return undefined;
  }

  credential(account: Account, id: string): Credential | undefined {
    for (const e of account.executions) {
      const c = e.credentials.find((x) => x.id === id);
      if (c) return c;
    }
    return undefined;
  }

  /** Lazily expire an execution whose authorization token ran out before acquisition (no callback: the
   *  emulator only sends callbacks on finishWorkflow). */
  refresh(e: Execution): Execution {
    if (e.status === 'INITIATED' && Date.now() >= e.tokenExpiresAt) {
      e.status = 'TOKEN_EXPIRED';
      e.decision = 'NOT_EXECUTED';
      e.completedAt = new Date(e.tokenExpiresAt).toISOString();
    }
    return e;
  }
}

/** Workflows whose completion leaves a facemap usable by Authentication (WF3 and WF6 per the guides; the
 *  other ID+Identity keys also acquire a FACEMAP). */
export const FACEMAP_SOURCE_KEYS = new Set([3, 6, 32, 10011, 10013]);
/** Workflows that authenticate against a facemap on file. */
export const NEEDS_FACEMAP_KEYS = new Set([9, 10014]);

// In-memory state of the KYX emulator: accounts, their credentials and workflow executions.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from './clock.js';
import { FACEMAP_PRODUCING_KEYS, WORKFLOW_KEYS, type CredentialCategory, type KyxWorkflowStatus } from '../api/index.js';

export type { CredentialCategory };
export type ExecutionStatus = KyxWorkflowStatus;
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
  /** The account's facemap-producing executions (workflow 3, 6), oldest first: the only ones facemapOnFile() can
   *  use. definitionKey never changes, so this index stays right whatever later sets status/decision. */
  facemapSources: Execution[];
}

/** Credentials each workflow acquires (jumio-api-facts §4.5 "Required credentials"); others acquire an ID. */
const CREDENTIALS_BY_KEY: ReadonlyMap<number, CredentialCategory[]> = new Map<number, CredentialCategory[]>([
  [WORKFLOW_KEYS.idAndIdentityVerification, ['ID', 'SELFIE', 'FACEMAP']],
  [32, ['ID', 'SELFIE', 'FACEMAP']],
  [10011, ['ID', 'SELFIE', 'FACEMAP']],
  [10013, ['ID', 'SELFIE', 'FACEMAP']],
  [5, ['ID', 'SELFIE']],
  [20, ['ID', 'SELFIE']],
  [WORKFLOW_KEYS.standaloneLiveness, ['SELFIE', 'FACEMAP']],
  [WORKFLOW_KEYS.authentication, ['SELFIE', 'FACEMAP']],
  [WORKFLOW_KEYS.authenticationOnPremise, ['SELFIE', 'FACEMAP']],
  [WORKFLOW_KEYS.kyxStandaloneAuthentication, ['SELFIE', 'FACEMAP']],
]);

export function credentialCategoriesFor(key: number): CredentialCategory[] {
  return CREDENTIALS_BY_KEY.get(key) ?? ['ID'];
}

export class KyxState {
  readonly accounts = new Map<string, Account>();
  readonly executions = new Map<string, Execution>();
  private byAuthToken = new Map<string, Execution>();
  /** Every credential by id (ids are random UUIDs): credential() is a map lookup, not a scan of the account. */
  private credentialsById = new Map<string, Credential>();

  constructor(readonly clock: Clock) {}

  createAccount(): Account {
    const a: Account = { id: randomUUID(), createdAt: this.clock.iso(), executions: [], facemapSources: [] };
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
      createdAt: this.clock.iso(),
      authorizationToken: randomBytes(24).toString('base64url'),
      credentials: credentialCategoriesFor(init.definitionKey).map((category) => ({ id: randomUUID(), category, executionId: id })),
    };
    account.executions.push(e);
    if (FACEMAP_PRODUCING_KEYS.includes(e.definitionKey)) account.facemapSources.push(e);
    for (const c of e.credentials) this.credentialsById.set(c.id, c);
    this.executions.set(e.id, e);
    this.byAuthToken.set(e.authorizationToken, e);
    return e;
  }

  findByAuthorizationToken(token: string): Execution | undefined {
    return this.byAuthToken.get(token);
  }

  /** The newest FACEMAP credential from a finished, passed workflow that produces one; undefined if none.
   *  Scans only the account's facemap-producing executions (enrolments), not every authentication it ran. */
  facemapOnFile(account: Account): Credential | undefined {
    for (let i = account.facemapSources.length - 1; i >= 0; i--) {
      const e = account.facemapSources[i];
      if (e.status !== 'PROCESSED' || e.decision !== 'PASSED') continue;
      const f = e.credentials.find((c) => c.category === 'FACEMAP');
      if (f) return f;
    }
    return undefined;
  }

  /** A credential of this account by id (O(1)); undefined if unknown or another account's. */
  credential(account: Account, id: string): Credential | undefined {
    const c = this.credentialsById.get(id);
    return c && this.executions.get(c.executionId)?.accountId === account.id ? c : undefined;
  }

  /** A workflow execution of this account by id (O(1)); undefined if unknown or another account's. */
  execution(account: Account, id: string): Execution | undefined {
    const e = this.executions.get(id);
    return e && e.accountId === account.id ? e : undefined;
  }

  /** Lazily expire an execution whose authorization token ran out before acquisition (no callback: the
   *  emulator only sends callbacks on finishWorkflow). */
  refresh(e: Execution): Execution {
    if (e.status === 'INITIATED' && this.clock.now() >= e.tokenExpiresAt) {
      e.status = 'TOKEN_EXPIRED';
      e.decision = 'NOT_EXECUTED';
      e.completedAt = this.clock.iso(e.tokenExpiresAt);
    }
    return e;
  }
}

/** Workflows that authenticate against a facemap already on the account (16 takes an uploaded facemap instead). */
export const NEEDS_FACEMAP_KEYS: ReadonlySet<number> = new Set([WORKFLOW_KEYS.authentication, WORKFLOW_KEYS.kyxStandaloneAuthentication]);

// The emulator's per-account lookups are indexed: a WF9 PUT on an account that already ran thousands of
// authentications must not scan them (the shim benchmark fills one account), and the answers stay the same.
import { describe, expect, it } from 'vitest';
import { WORKFLOW_KEYS } from '../../api/index.js';
import { Clock } from '../../emulator/clock.js';
import { KyxState, type Account, type Execution } from '../../emulator/kyx-state.js';

const base = { customerInternalReference: 'c', locale: 'en', tokenExpiresAt: Date.now() + 60_000 };

function pass(e: Execution): void {
  e.status = 'PROCESSED';
  e.decision = 'PASSED';
}

/** After this, any read of account.executions throws: the lookups below must answer from their indexes. */
function forbidScan(account: Account): void {
  Object.defineProperty(account, 'executions', { get: () => { throw new Error('scanned account.executions'); } });
}

describe('KyxState indexes', () => {
  it('facemapOnFile: the newest passed facemap-producing execution, without scanning the authentications', () => {
    const state = new KyxState(new Clock());
    const account = state.createAccount();
    const older = state.addExecution(account, { ...base, definitionKey: WORKFLOW_KEYS.idAndIdentityVerification });
    const newer = state.addExecution(account, { ...base, definitionKey: WORKFLOW_KEYS.standaloneLiveness });
    expect(state.facemapOnFile(account)).toBeUndefined(); // none finished yet
    for (let i = 0; i < 5000; i++) pass(state.addExecution(account, { ...base, definitionKey: WORKFLOW_KEYS.authentication }));
    expect(state.facemapOnFile(account)).toBeUndefined(); // WF9 executions never provide a facemap
    pass(older);
    forbidScan(account);
    expect(state.facemapOnFile(account)?.id).toBe(older.credentials.find((c) => c.category === 'FACEMAP')!.id);
    pass(newer); // finished later but created later: it is the newer one on file
    expect(state.facemapOnFile(account)?.id).toBe(newer.credentials.find((c) => c.category === 'FACEMAP')!.id);
    newer.decision = 'REJECTED';
    expect(state.facemapOnFile(account)?.id).toBe(older.credentials.find((c) => c.category === 'FACEMAP')!.id);
  });

  it('credential() and execution(): found by id on their own account only, without scanning', () => {
    const state = new KyxState(new Clock());
    const a = state.createAccount();
    const b = state.createAccount();
    const ea = state.addExecution(a, { ...base, definitionKey: WORKFLOW_KEYS.idAndIdentityVerification });
    for (let i = 0; i < 1000; i++) state.addExecution(a, { ...base, definitionKey: WORKFLOW_KEYS.authentication });
    const eb = state.addExecution(b, { ...base, definitionKey: WORKFLOW_KEYS.idAndIdentityVerification });
    forbidScan(a);
    forbidScan(b);
    const id = ea.credentials.find((c) => c.category === 'ID')!;
    expect(state.credential(a, id.id)).toBe(id);
    expect(state.credential(b, id.id)).toBeUndefined();
    expect(state.credential(a, 'no-such-credential')).toBeUndefined();
    expect(state.execution(a, ea.id)).toBe(ea);
    expect(state.execution(a, eb.id)).toBeUndefined();
    expect(state.execution(b, eb.id)).toBe(eb);
  });
});

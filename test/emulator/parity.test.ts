// Before/after parity: one scenario against the legacy emulator and against the KYX emulator; the KYX results,
// seen through api/'s mapping (toLegacyAuthRetrieval, toLegacyAuthCallback), must say what the legacy API said.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLegacyAuthCallback, toLegacyAuthRetrieval, type KyxWorkflowDetails } from '../../api/index.js';
import { startEmulator, type Emulator, type FinishOutcome } from '../../emulator/index.js';
import { basic, call, CLIENT, getToken, startReceiver } from './support/helpers.js';

let legacy: Emulator;
let kyx: Emulator;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let bearer: Record<string, string>;
const basicAuth = { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) };

beforeAll(async () => {
  legacy = await startEmulator({ mode: 'legacy', clients: [CLIENT] });
  kyx = await startEmulator({ clients: [CLIENT] });
  receiver = await startReceiver();
  bearer = { authorization: `Bearer ${await getToken(kyx)}` };
});
afterAll(async () => {
  await legacy.close();
  await kyx.close();
  await receiver.close();
});

async function acquire(href: string): Promise<void> {
  const token = new URL(href).searchParams.get('authorizationToken');
  expect((await call(new URL('/web/v4/api/report', href).toString(), { body: { authorizationToken: token, outcome: 'success' } })).status).toBe(204);
}

const lastForm = () => Object.fromEntries(new URLSearchParams(receiver.received[receiver.received.length - 1].raw));

describe.each<[FinishOutcome, boolean]>([
  ['PASSED', true],
  ['REJECTED', true],
  ['EXPIRED', false],
  ['EXPIRED', true],
])('outcome %s (acquired: %s)', (outcome, acquired) => {
  it('legacy retrieval and callback == KYX details through api/ mapping', async () => {
    const enrollmentReference = `ENR-${outcome}-${acquired}`;
    await legacy.seedAccount({ enrollmentReference, userReference: 'user-p' });
    const seed = await kyx.seedAccount({ enrollmentReference, userReference: 'user-p' });

    // Before: the legacy initiate.
    const li = await call(`${legacy.url}/api/authentication/v1/web/initiate`, {
      headers: basicAuth,
      body: { enrollmentTransactionReference: enrollmentReference, callbackUrl: `${receiver.url}/legacy`, userReference: 'user-p' },
    });
    if (acquired) await acquire(li.json.redirectUrl);
    await legacy.finishWorkflow({ workflowExecutionId: li.json.transactionReference }, outcome);
    const legacyCallback = lastForm();
    const legacyRetrieval = (await call(`${legacy.url}/api/netverify/v2/authentications/${li.json.transactionReference}`, { headers: basicAuth })).json;

    // After: the KYX PUT on the account that holds the enrolment.
    const ki = await call(`${kyx.url}/api/v1/accounts/${seed.accountId}`, {
      method: 'PUT',
      headers: bearer,
      body: { customerInternalReference: 'user-p', userReference: 'user-p', callbackUrl: `${receiver.url}/kyx`, workflowDefinition: { key: 9, credentials: [{ id: seed.idCredentialId, category: 'ID' }, { category: 'FACEMAP' }] } },
    });
    if (acquired) await acquire(ki.json.web.href);
    await kyx.finishWorkflow({ workflowExecutionId: ki.json.workflowExecution.id }, outcome);
    const details = (await call(`${kyx.url}/api/v1/accounts/${seed.accountId}/workflow-executions/${ki.json.workflowExecution.id}`, { headers: bearer })).json as KyxWorkflowDetails;

    const mapped = toLegacyAuthRetrieval(details, { enrollmentTransactionReference: enrollmentReference });
    expect(mapped.transactionResult).toBe(legacyRetrieval.transactionResult);
    expect(mapped.enrollmentTransactionReference).toBe(legacyRetrieval.enrollmentTransactionReference);
    expect(mapped.scanSource).toBe(legacyRetrieval.scanSource);
    expect(mapped.userReference).toBe(legacyRetrieval.userReference);
    expect(mapped.images?.map((i) => i.classifier)).toEqual(legacyRetrieval.images?.map((i: { classifier: string }) => i.classifier));

    const rebuilt = toLegacyAuthCallback(details, { enrollmentTransactionReference: enrollmentReference });
    for (const field of ['transactionResult', 'enrollmentTransactionReference', 'scanSource', 'callBackType', 'userReference'] as const) {
      expect(rebuilt[field], field).toBe(legacyCallback[field]);
    }
    expect(rebuilt.idScanImageFace === undefined).toBe(legacyCallback.idScanImageFace === undefined);
  });
});

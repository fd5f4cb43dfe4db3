// Retrieval shapes (status, details with capabilities.authentication[].decision) and the JSON callback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { call, CLIENT, getToken, startReceiver } from './support/helpers.js';

let emu: Emulator;
let auth: Record<string, string>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  emu = await startEmulator({ clients: [CLIENT], region: 'emea-1' });
  auth = { authorization: `Bearer ${await getToken(emu)}` };
  receiver = await startReceiver();
});
afterAll(async () => {
  await emu.close();
  await receiver.close();
});

async function authenticate(extra: Record<string, unknown> = {}) {
  const seed = await emu.seedAccount({ userReference: 'user-7' });
  const r = await call(`${emu.url}/api/v1/accounts/${seed.accountId}`, {
    method: 'PUT',
    headers: auth,
    body: { customerInternalReference: 'cir-auth', userReference: 'user-7', workflowDefinition: { key: 9 }, ...extra },
  });
  expect(r.status).toBe(200);
  const token = new URL(r.json.web.href).searchParams.get('authorizationToken') as string;
  return { accountId: seed.accountId as string, wex: r.json.workflowExecution.id as string, token, seed };
}

const statusOf = (a: string, w: string) => call(`${emu.url}/api/v1/accounts/${a}/workflow-executions/${w}/status`, { headers: auth });
const detailsOf = (a: string, w: string) => call(`${emu.url}/api/v1/accounts/${a}/workflow-executions/${w}`, { headers: auth });

describe('retrieval', () => {
  it('status: INITIATED, then PROCESSED with definitionKey as a string', async () => {
    const { accountId, wex } = await authenticate();
    const s = await statusOf(accountId, wex);
    expect(s.status).toBe(200);
    expect(s.json).toEqual({
      account: { id: accountId, href: `${emu.url}/api/v1/accounts/${accountId}` },
      workflowExecution: { id: wex, href: `${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${wex}`, definitionKey: '9', status: 'INITIATED' },
    });
    await emu.finishWorkflow({ accountId, workflowExecutionId: wex }, 'PASSED');
    expect((await statusOf(accountId, wex)).json.workflowExecution.status).toBe('PROCESSED');
  });

  const decisions: [string, string, string, string][] = [
    ['PASSED', 'PROCESSED', 'PASSED', 'OK'],
    ['REJECTED', 'PROCESSED', 'REJECTED', 'FAILED'],
    ['EXPIRED', 'TOKEN_EXPIRED', 'NOT_EXECUTED', 'PRECONDITION_NOT_FULFILLED'],
  ];
  for (const [outcome, status, type, label] of decisions) {
    it(`details after ${outcome}: workflow.status ${status}, authentication decision ${type}/${label}`, async () => {
      const { accountId, wex, seed } = await authenticate();
      await emu.finishWorkflow({ workflowExecutionId: wex }, outcome as 'PASSED');
      const d = await detailsOf(accountId, wex);
      expect(d.status).toBe(200);
      expect(d.json.workflow).toEqual({ id: wex, status, definitionKey: '9', customerInternalReference: 'cir-auth', userReference: 'user-7' });
      expect(d.json.account).toEqual({ id: accountId });
      expect(d.json.createdAt).toMatch(/Z$/);
      expect(d.json.completedAt).toMatch(/Z$/);
      const a = d.json.capabilities.authentication;
      expect(a).toHaveLength(1);
      expect(a[0].decision).toEqual({ type, details: { label } });
      expect(a[0].credentials.map((c: { category: string }) => c.category).sort()).toEqual(['FACEMAP', 'SELFIE']);
      expect(d.json.credentials.map((c: { category: string }) => c.category).sort()).toEqual(['FACEMAP', 'SELFIE']);
      if (status === 'PROCESSED') {
        const face = d.json.credentials.find((c: { category: string }) => c.category === 'SELFIE').parts[0];
        expect(face.classifier).toBe('FACE');
        expect(face.href).toContain(`/api/v1/accounts/${accountId}/credentials/`);
        expect(a[0].validFaceMapForAuthentication).toMatch(/\/parts\/FACEMAP$/);
      }
      expect(seed.facemapCredentialId).toBeTruthy();
    });
  }

  it('details before the end: no capabilities, no decision', async () => {
    const { accountId, wex } = await authenticate();
    const d = await detailsOf(accountId, wex);
    expect(d.json.workflow.status).toBe('INITIATED');
    expect(d.json.capabilities).toEqual({});
    expect(d.json.decision).toBeUndefined();
  });

  it('the seeded WF3 shows liveness and similarity, PASSED', async () => {
    const seed = await emu.seedAccount();
    const d = await detailsOf(seed.accountId, seed.enrollmentReference);
    expect(d.json.workflow.definitionKey).toBe('3');
    expect(d.json.workflow.status).toBe('PROCESSED');
    expect(d.json.capabilities.liveness[0].decision.type).toBe('PASSED');
    expect(d.json.capabilities.similarity[0].data.similarity).toBe('MATCH');
    expect(d.json.capabilities.authentication).toBeUndefined();
  });

  it('credential parts: a PNG / the facemap once processed; 404 before, for another classifier or account', async () => {
    const { accountId, wex } = await authenticate();
    const details = async () => (await detailsOf(accountId, wex)).json;
    const selfie = (await details()).credentials.find((c: { category: string }) => c.category === 'SELFIE');
    const facePath = `${emu.url}/api/v1/accounts/${accountId}/credentials/${selfie.id}/parts/FACE`;
    expect((await call(facePath, { headers: auth })).status).toBe(404);
    await emu.finishWorkflow({ workflowExecutionId: wex }, 'PASSED');
    const d = await details();
    const href = d.credentials.find((c: { category: string }) => c.category === 'SELFIE').parts[0].href;
    expect(href).toBe(facePath);
    const img = await call(href, { headers: auth });
    expect(img.status).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect((await call(href)).status).toBe(401);
    const fm = await call(d.capabilities.authentication[0].validFaceMapForAuthentication, { headers: auth });
    expect(fm.status).toBe(200);
    expect(fm.headers['content-type']).toBe('application/octet-stream');
    expect((await call(facePath.replace(/FACE$/, 'FRONT'), { headers: auth })).status).toBe(404);
    const other = await emu.seedAccount();
    expect((await call(facePath.replace(accountId, other.accountId), { headers: auth })).status).toBe(404);
  });

  it('404 for an unknown account or execution, or an execution of another account', async () => {
    const { accountId, wex } = await authenticate();
    const other = await emu.seedAccount();
    expect((await statusOf('nope', wex)).status).toBe(404);
    expect((await statusOf(accountId, 'nope')).status).toBe(404);
    expect((await detailsOf(other.accountId, wex)).status).toBe(404);
  });

  it('EXPIRED on a workflow never acquired reads TOKEN_EXPIRED', async () => {
    const { accountId, wex } = await authenticate({ tokenLifetime: '5m' });
    expect((await statusOf(accountId, wex)).json.workflowExecution.status).toBe('INITIATED');
    await emu.finishWorkflow({ workflowExecutionId: wex }, 'EXPIRED');
    expect((await statusOf(accountId, wex)).json.workflowExecution.status).toBe('TOKEN_EXPIRED');
  });
});

describe('callback on finishWorkflow', () => {
  it('POSTs the JSON callback to callbackUrl and reports the receiver status', async () => {
    const { accountId, wex } = await authenticate({ callbackUrl: `${receiver.url}/jumio/callback` });
    const before = receiver.received.length;
    const res = await emu.finishWorkflow({ accountId, workflowExecutionId: wex }, 'PASSED');
    expect(res).toEqual({ callbackStatus: 200 });
    expect(receiver.received.length).toBe(before + 1);
    const got = receiver.received[receiver.received.length - 1];
    expect(got.method).toBe('POST');
    expect(got.path).toBe('/jumio/callback');
    expect(got.contentType).toContain('application/json');
    const body = JSON.parse(got.raw);
    expect(body).toEqual({
      callbackSentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      workflowExecution: { id: wex, href: `${emu.url}/api/v1/accounts/${accountId}/workflow-executions/${wex}`, definitionKey: '9', status: 'PROCESSED' },
      account: { id: accountId, href: `${emu.url}/api/v1/accounts/${accountId}` },
      userReference: 'user-7',
    });
  });

  it('sends SESSION_EXPIRED for an acquired workflow that expires', async () => {
    const { wex, token } = await authenticate({ callbackUrl: `${receiver.url}/cb` });
    const r = await call(`${emu.url}/web/v4/api/report`, { body: { authorizationToken: token, outcome: 'success' } });
    expect(r.status).toBe(204);
    await emu.finishWorkflow({ workflowExecutionId: wex }, 'EXPIRED');
    expect(JSON.parse(receiver.received[receiver.received.length - 1].raw).workflowExecution.status).toBe('SESSION_EXPIRED');
  });

  it('reports a failed delivery instead of throwing; no callback without callbackUrl', async () => {
    const dead = await startReceiver();
    const deadUrl = dead.url;
    await dead.close();
    const { wex } = await authenticate({ callbackUrl: `${deadUrl}/cb` });
    const res = await emu.finishWorkflow({ workflowExecutionId: wex }, 'REJECTED');
    expect(res.callbackStatus).toBeUndefined();
    expect(res.callbackError).toMatch(/ECONNREFUSED/);
    const plain = await authenticate();
    expect(await emu.finishWorkflow({ workflowExecutionId: plain.wex }, 'PASSED')).toEqual({});
  });

  it('refuses to finish twice or an unknown execution', async () => {
    const { wex } = await authenticate();
    await emu.finishWorkflow({ workflowExecutionId: wex }, 'PASSED');
    await expect(emu.finishWorkflow({ workflowExecutionId: wex }, 'PASSED')).rejects.toThrow(/already finished/);
    await expect(emu.finishWorkflow({ workflowExecutionId: 'nope' }, 'PASSED')).rejects.toThrow(/not found/);
  });

  it("links: 'vendor' hands out the real retrieval and web-client hosts of the region", async () => {
    const v = await startEmulator({ clients: [CLIENT], region: 'apac-1', links: 'vendor', webClientPrefix: 'shop' });
    try {
      const h = { authorization: `Bearer ${await getToken(v)}` };
      const seed = await v.seedAccount();
      const r = await call(`${v.url}/api/v1/accounts/${seed.accountId}`, { method: 'PUT', headers: h, body: { customerInternalReference: 'c', workflowDefinition: { key: 9 } } });
      expect(r.json.web.href).toMatch(/^https:\/\/shop\.web\.apac-1\.jumio\.ai\/web\/v4\/app\?authorizationToken=[^&]+&locale=en$/);
      const s = await call(`${v.url}/api/v1/accounts/${seed.accountId}/workflow-executions/${r.json.workflowExecution.id}/status`, { headers: h });
      expect(s.json.workflowExecution.href).toBe(`https://retrieval.apac-1.jumio.ai/api/v1/accounts/${seed.accountId}/workflow-executions/${r.json.workflowExecution.id}`);
    } finally {
      await v.close();
    }
  });
});


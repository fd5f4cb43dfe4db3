// Route tests of the KYX authentication callback (src/routes/kyx-callbacks.ts). KYX posts JSON from its EU callback
// addresses with the workflow execution's status only; the route fetches the decision from the retrieval API, which
// nock stands in for (with the OAuth2 token endpoint). The store is mocked.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import nock from 'nock';
import request from 'supertest';
import { createApp } from '../src/app';
import { recordFaceLoginResult } from '../src/face-logins';

jest.mock('../src/face-logins');

const ROUTE = '/callbacks/kyx/authentication';
const KYX_EU_CALLBACK_IP = '34.253.41.236';
const ACCOUNT = '5c0b6a1e-2f47-4c8d-9e3a-7d1f0b2c4e68';
const EXECUTION = '3f6f0b4c-8d8e-4c59-9c1e-5d2b7a0e91aa';

const EXECUTION_HREF = `https://retrieval.emea-1.jumio.ai/api/v1/accounts/${ACCOUNT}/workflow-executions/${EXECUTION}`;

function callbackBody(status = 'PROCESSED'): Record<string, unknown> {
  return {
    callbackSentAt: '2024-06-14T09:21:33.112Z',
    userReference: 'member-4411',
    workflowExecution: { id: EXECUTION, href: EXECUTION_HREF, definitionKey: '9', status },
    account: { id: ACCOUNT, href: `https://account.emea-1.jumio.ai/api/v1/accounts/${ACCOUNT}` },
  };
}

function decision(type: string): void {
  nock('https://auth.emea-1.jumio.ai').post('/oauth2/token').reply(200, { access_token: 'test-token', expires_in: 3600 });
  nock('https://retrieval.emea-1.jumio.ai')
    .matchHeader('authorization', 'Bearer test-token')
    .get(`/api/v1/accounts/${ACCOUNT}/workflow-executions/${EXECUTION}`)
    .reply(200, {
      workflow: { id: EXECUTION, status: 'PROCESSED', definitionKey: '9', userReference: 'member-4411' },
      capabilities: { authentication: [{ decision: { type } }] },
    });
}

describe(`POST ${ROUTE}`, () => {
  const app = createApp({ trustProxy: true });

  beforeEach(() => {
    jest.mocked(recordFaceLoginResult).mockReset();
  });

  afterEach(() => nock.cleanAll());

  it('records a passed face login', async () => {
    decision('PASSED');
    await request(app).post(ROUTE).set('X-Forwarded-For', KYX_EU_CALLBACK_IP).send(callbackBody()).expect(200);

    expect(recordFaceLoginResult).toHaveBeenCalledWith(EXECUTION, expect.objectContaining({ account: ACCOUNT, passed: true }));
  });

  it('records a rejected face login as not passed', async () => {
    decision('REJECTED');
    await request(app).post(ROUTE).set('X-Forwarded-For', KYX_EU_CALLBACK_IP).send(callbackBody()).expect(200);

    expect(recordFaceLoginResult).toHaveBeenCalledWith(EXECUTION, expect.objectContaining({ passed: false, decision: 'REJECTED' }));
  });

  it('answers 200 to an expired session without asking for a decision', async () => {
    await request(app)
      .post(ROUTE)
      .set('X-Forwarded-For', KYX_EU_CALLBACK_IP)
      .send(callbackBody('SESSION_EXPIRED'))
      .expect(200);

    expect(recordFaceLoginResult).toHaveBeenCalledWith(EXECUTION, expect.objectContaining({ passed: false, status: 'SESSION_EXPIRED' }));
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses callers outside the KYX callback addresses', async () => {
    await request(app).post(ROUTE).set('X-Forwarded-For', '203.0.113.7').send(callbackBody()).expect(403);

    expect(recordFaceLoginResult).not.toHaveBeenCalled();
  });

  it('answers 400 to a body without a workflow execution', async () => {
    await request(app)
      .post(ROUTE)
      .set('X-Forwarded-For', KYX_EU_CALLBACK_IP)
      .send({ ...callbackBody(), workflowExecution: undefined })
      .expect(400);
  });
});

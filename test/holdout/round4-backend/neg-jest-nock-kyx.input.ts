import nock from 'nock';
import { describe, expect, it } from '@jest/globals';
import { startFaceAuthentication } from '../src/face-auth';

describe('startFaceAuthentication', () => {
  it('returns the web client URL', async () => {
    nock('https://auth.emea-1.jumio.ai').post('/oauth2/token').reply(200, { access_token: 't', expires_in: 3600 });
    nock('https://account.emea-1.jumio.ai')
      .put(/\/api\/v1\/accounts\/.+/)
      .reply(200, { web: { href: 'https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=x' }, workflowExecution: { id: 'wf-1' } });
    const result = await startFaceAuthentication('acc-1', 'cred-1', 'user-1');
    expect(result).toEqual({ redirectUrl: expect.stringContaining('jumio.ai'), transactionReference: 'wf-1' });
  });
});

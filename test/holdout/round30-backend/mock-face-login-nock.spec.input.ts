// Service tests of the face login (vitest + nock). The first case covers the KYX start; the second still pins the old
// status poller until it is retired.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { startFaceLogin } from './face-login.js';
import { pollLegacyFaceLogin } from './legacy-face-login.js';

afterEach(() => nock.cleanAll());

describe('face login', () => {
  it('starts a KYX face login', async () => {
    nock('https://auth.emea-1.jumio.ai').post('/oauth2/token').reply(200, { access_token: 'test-token', expires_in: 3600 });
    nock('https://account.emea-1.jumio.ai')
      .put('/api/v1/accounts/acc-1')
      .reply(200, { web: { href: 'https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=t' }, workflowExecution: { id: 'wfe-1' } });
    await expect(startFaceLogin({ id: 'm-1', jumioEnrollmentRef: 'enr-1' }, 'https://app.example')).resolves.toBe(
      'https://acme.web.emea-1.jumio.ai/web/v4/app?authorizationToken=t',
    );
  });

  it('reads a result of the old API', async () => {
    nock('https://lon.netverify.com')
      .get('/api/netverify/v2/authentications/legacy-ref-1')
      .reply(200, { transactionReference: 'legacy-ref-1', transactionResult: 'PASSED', transactionDate: '2024-11-02T10:00:00.000Z' });
    await expect(pollLegacyFaceLogin('legacy-ref-1')).resolves.toMatchObject({ passed: true });
  });
});

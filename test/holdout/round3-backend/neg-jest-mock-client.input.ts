import { describe, expect, it, jest } from '@jest/globals';
import { startFaceLogin } from '../src/face-login';
import * as jumioClient from '../src/jumio-client';

jest.mock('../src/jumio-client');

describe('startFaceLogin', () => {
  it('returns the iframe url from the provider', async () => {
    jest.mocked(jumioClient.initiateAuthentication).mockResolvedValue({
      timestamp: '2021-03-01T10:00:00.000Z',
      redirectUrl: 'https://example.test/web/v4/app?authorizationToken=abc',
      transactionReference: 'e3b6c1c2-0000-4000-8000-000000000001',
    });
    const res = await startFaceLogin({ id: 'u1', enrollmentTransactionReference: 'scan-1' });
    expect(res.iframe).toBe('https://example.test/web/v4/app?authorizationToken=abc');
    expect(jumioClient.initiateAuthentication).toHaveBeenCalledWith(expect.objectContaining({ enrollmentTransactionReference: 'scan-1', userReference: 'u1' }));
  });
});

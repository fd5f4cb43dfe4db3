import nock from 'nock';
import { expect, it } from 'vitest';
import { startFace } from '../src/face.js';

it('starts a face login', async () => {
  nock('https://netverify.com')
    .post('/api/authentication/v1/web/initiate')
    .reply(200, { redirectUrl: 'https://x.netverify.com/web', transactionReference: 'abc', timestamp: 'now' });
  const r = await startFace({ scanRef: 'ref' });
  expect(r.url).toBe('https://x.netverify.com/web');
});

import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { app } from '../src/app';

// The bank sends the customer back to /bank/return after the direct-debit mandate is signed.
describe('GET /bank/return', () => {
  it('activates the mandate', async () => {
    const res = await request(app).get('/bank/return').query({ transactionStatus: 'SUCCESS', transactionReference: 'MD-5521' });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/mandates/MD-5521?activated=1');
  });

  it('shows the bank error', async () => {
    const res = await request(app).get('/bank/return').query({ transactionStatus: 'ERROR', transactionReference: 'MD-5522', errorCode: 'MS03' });
    expect(res.text).toContain('The bank could not set up the mandate');
  });
});

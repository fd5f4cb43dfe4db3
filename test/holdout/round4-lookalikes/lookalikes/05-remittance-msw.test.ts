import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { trackRemittance } from '../src/remittance/track';

const server = setupServer(
  http.get('https://api.remitly-partner.example/v2/remittances/:id', ({ params }) =>
    HttpResponse.json({ transactionStatus: 'SUCCESS', transactionReference: String(params.id) })),
  http.get('https://api.remitly-partner.example/v2/remittances/failed', () =>
    HttpResponse.json({ transactionStatus: 'ERROR', transactionReference: 'RM-77', errorCode: 'BENEFICIARY_BLOCKED' })),
);

beforeAll(() => server.listen());
afterAll(() => server.close());

it('reports a delivered remittance', async () => {
  expect(await trackRemittance('RM-42')).toEqual({ delivered: true, reference: 'RM-42' });
});

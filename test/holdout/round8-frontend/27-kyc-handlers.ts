import { http, HttpResponse, delay } from 'msw';

// MSW mocks of our backend's identity endpoints (Storybook and local dev).
export const kycHandlers = [
  http.post('/api/kyc/start', async () => {
    await delay(300);
    return HttpResponse.json({
      timestamp: '2021-05-04T10:00:00.000Z',
      redirectUrl: 'https://acme.netverify.com/web/v4/app?locale=en&authorizationToken=mock-token',
      transactionReference: '7f8c5b0e-2c1d-4d8e-9a3f-0b1c2d3e4f50',
    });
  }),
  http.get('/api/kyc/status', () => HttpResponse.json({ status: 'PENDING' })),
];

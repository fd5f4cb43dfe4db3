import { http, HttpResponse } from 'msw';

// MSW mocks of the hosted checkout.
export const paymentHandlers = [
  http.post('/api/checkout/start', () =>
    HttpResponse.json({
      redirectUrl: 'https://checkout.flutterwave.com/v3/hosted/pay/mock-123',
      transactionReference: 'FLW-MOCK-123',
      status: 'pending',
    }),
  ),
];

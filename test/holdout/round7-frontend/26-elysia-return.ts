import { Elysia } from 'elysia';

// Identity check (Jumio Netverify) return route.
export const kycRoutes = new Elysia().get('/kyc/return', ({ query, set }) => {
  const { transactionStatus, transactionReference } = query;
  set.status = 302;
  set.headers['location'] =
    transactionStatus === 'SUCCESS' ? `/kyc/ok?ref=${transactionReference}` : `/kyc/retry?code=${query.errorCode}`;
});

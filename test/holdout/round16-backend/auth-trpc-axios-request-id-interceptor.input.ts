// tRPC v11 mutation (SG): an axios instance on the legacy host with Basic auth, and a request interceptor that only
// adds a request id.
import axios from 'axios';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { protectedProcedure, router } from '@acme/trpc';

interface StartResponse {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

const jumio = axios.create({
  baseURL: 'https://core-sgp.jumio.com',
  auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
  headers: { 'User-Agent': 'Acme SG/3.1' },
});

jumio.interceptors.request.use((config) => {
  config.headers['X-Request-Id'] = randomUUID();
  return config;
});

export const faceLoginRouter = router({
  start: protectedProcedure.input(z.object({ enrollment: z.string() })).mutation(async ({ ctx, input }) => {
    const { data } = await jumio.post<StartResponse>('/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: input.enrollment,
      userReference: ctx.user.id,
      errorUrl: 'https://acme.sg/face/error',
    });
    return { url: data.redirectUrl, reference: data.transactionReference };
  }),
});

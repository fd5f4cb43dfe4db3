// Next.js app with @t3-oss/env-nextjs: the initiate URL is a validated env var with the US default.
import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

export const env = createEnv({
  server: {
    JUMIO_INITIATE_URL: z.string().url().default('https://netverify.com/api/v4/initiate'),
    JUMIO_API_TOKEN: z.string(),
    JUMIO_API_SECRET: z.string(),
  },
  runtimeEnv: process.env,
});

export async function createKycSession(customerId: string) {
  const res = await fetch(env.JUMIO_INITIATE_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${env.JUMIO_API_TOKEN}:${env.JUMIO_API_SECRET}`).toString('base64'),
    },
    body: JSON.stringify({ customerInternalReference: customerId, userReference: customerId, workflowId: 200 }),
  });
  const session = (await res.json()) as { redirectUrl: string; transactionReference: string };
  return session.redirectUrl;
}

import { defineEventHandler, readBody, createError } from 'h3';
import { $fetch } from 'ofetch';

interface NetverifyInitiate {
  timestamp: string;
  redirectUrl: string;
  transactionReference: string;
}

export default defineEventHandler(async (event) => {
  const { enrollmentRef, userId } = await readBody<{ enrollmentRef: string; userId: string }>(event);
  if (!enrollmentRef) throw createError({ statusCode: 400, statusMessage: 'enrollmentRef missing' });

  const res = await $fetch<NetverifyInitiate>('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    body: { enrollmentTransactionReference: enrollmentRef, userReference: userId },
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.NUXT_JUMIO_TOKEN}:${process.env.NUXT_JUMIO_SECRET}`).toString('base64'),
    },
  });

  return { redirectUrl: res.redirectUrl, ref: res.transactionReference };
});

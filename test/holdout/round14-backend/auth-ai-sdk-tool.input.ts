// Vercel AI SDK tool the support assistant may call: it starts a face login (EU) and gives the model the link.
import { tool } from 'ai';
import { z } from 'zod';
import axios from 'axios';

export const startFaceLoginTool = tool({
  description: 'Start a Jumio face login for the signed-in customer and return the link they must open',
  parameters: z.object({ enrollment: z.string(), customerId: z.string() }),
  execute: async ({ enrollment, customerId }) => {
    const { data } = await axios.post(
      'https://lon.netverify.com/api/authentication/v1/web/initiate',
      { enrollmentTransactionReference: enrollment, userReference: customerId, tokenLifetimeInMinutes: 10 },
      {
        auth: { username: process.env.JUMIO_API_TOKEN!, password: process.env.JUMIO_API_SECRET! },
        headers: { 'User-Agent': 'Acme Assistant/0.9' },
      },
    );
    return { link: data.redirectUrl, reference: data.transactionReference };
  },
});

// Upstash Workflow on a Next.js route (US): the initiate is sent through context.call(), which QStash performs outside
// the function (its own HTTP client, with its own retries); the frame URL is e-mailed to the user in a later step.
import { serve } from '@upstash/workflow/nextjs';
import { sendFaceLoginLink } from './mailer.js';

type Input = { userId: string; email: string; enrollment: string };

export const { POST } = serve<Input>(async (context: any) => {
  const { userId, email, enrollment } = context.requestPayload as Input;
  const { status, body } = await context.call('jumio-initiate', {
    url: 'https://netverify.com/api/authentication/v1/web/initiate',
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`).toString('base64'),
      'Content-Type': 'application/json',
      'User-Agent': 'Acme Workflow/1.0',
    },
    body: JSON.stringify({ enrollmentTransactionReference: enrollment, userReference: userId }),
    retries: 2,
  });
  if (status !== 200) throw new Error(`initiate failed: ${status}`);
  await context.run('mail', () => sendFaceLoginLink(email, body.redirectUrl, body.transactionReference));
});

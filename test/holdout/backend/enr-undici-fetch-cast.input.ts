import { fetch } from 'undici';

export async function onRequestPost(customerInternalReference: string): Promise<string> {
  const res = await fetch('https://netverify.com/api/v4/initiate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`),
    },
    body: JSON.stringify({ customerInternalReference, workflowId: 202 }),
  });
  const data = (await res.json()) as { redirectUrl: string; transactionReference: string; timestamp: string };
  return data.redirectUrl;
}

// worker_threads worker creating Persona inquiries for re-verification.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', async ({ id, userId }) => {
  const res = await fetch('https://withpersona.com/api/v1/inquiries', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.PERSONA_API_KEY}`, 'Persona-Version': '2023-01-05' },
    body: JSON.stringify({ data: { attributes: { 'inquiry-template-id': process.env.PERSONA_REVERIFY_TEMPLATE, 'reference-id': userId } } }),
  });
  const json = await res.json();
  parentPort.postMessage({ id, ok: true, redirectUrl: `https://withpersona.com/verify?inquiry-id=${json.data.id}`, transactionReference: json.data.id });
});

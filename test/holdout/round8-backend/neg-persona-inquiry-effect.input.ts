// Effect program creating a Persona inquiry (hosted flow).
import { Effect } from 'effect';

export const createInquiry = (referenceId: string) =>
  Effect.tryPromise(async () => {
    const res = await fetch('https://withpersona.com/api/v1/inquiries', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${process.env.PERSONA_API_KEY}`,
        'Persona-Version': '2023-01-05',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ data: { attributes: { 'inquiry-template-id': process.env.PERSONA_TEMPLATE, 'reference-id': referenceId, 'redirect-uri': 'https://app.example.com/kyc/done' } } }),
    });
    const json = await res.json();
    return { inquiryId: json.data.id as string, redirectUrl: `https://withpersona.com/verify?inquiry-id=${json.data.id}` };
  });

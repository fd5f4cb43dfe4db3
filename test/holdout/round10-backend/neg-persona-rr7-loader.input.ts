// React Router v7 loader: resumes a Persona inquiry and hands the hosted-flow link to the page.
import type { Route } from './+types/persona';

export async function loader({ params }: Route.LoaderArgs) {
  const res = await fetch(`https://withpersona.com/api/v1/inquiries/${params.inquiryId}/resume`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.PERSONA_API_KEY}`, 'Persona-Version': '2023-01-05', 'Content-Type': 'application/json' },
  });
  const json = (await res.json()) as { data: { id: string; attributes: { status: string } }; meta: { 'session-token': string } };
  return {
    transactionReference: json.data.id,
    status: json.data.attributes.status,
    redirectUrl: `https://withpersona.com/verify?inquiry-id=${json.data.id}&session-token=${json.meta['session-token']}`,
  };
}

import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireUser } from '~/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const res = await fetch('https://api.psp.example/v1/checkout/sessions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.PSP_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customer: user.id, successUrl: 'https://acme.example/pay/done', errorUrl: 'https://acme.example/pay/error' }),
  });
  const data = await res.json();
  return json({ frameUrl: data.redirectUrl, name: user.name });
}

export default function Checkout() {
  const data = useLoaderData<typeof loader>();
  return <iframe src={data.frameUrl} allow="camera; payment" width="100%" height="720" title="Checkout" />;
}

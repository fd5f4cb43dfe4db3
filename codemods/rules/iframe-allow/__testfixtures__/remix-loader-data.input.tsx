import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireUser } from '~/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
      'Content-Type': 'application/json',
      'User-Agent': 'Acme KYC/1.0',
    },
    body: JSON.stringify({ enrollmentTransactionReference: user.enrollmentRef, successUrl: 'https://acme.example/kyc/done', errorUrl: 'https://acme.example/kyc/error' }),
  });
  const data = await res.json();
  return json({ frameUrl: data.redirectUrl, name: user.name });
}

export default function VerifyIdentity() {
  const { frameUrl, name } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Hi {name}, please confirm it is you</h1>
      <iframe src={frameUrl} allow="camera" width="100%" height="720" title="Identity check" />
    </main>
  );
}

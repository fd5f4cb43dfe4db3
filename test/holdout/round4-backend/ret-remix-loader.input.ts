import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { requireUser } from '~/auth.server';

const NETVERIFY_RETRIEVAL = 'https://netverify.com/api/netverify/v2/authentications';

interface AuthenticationDetails {
  transactionReference: string;
  transactionResult: 'CREATED' | 'STARTED' | 'PASSED' | 'FAILED' | 'INVALID' | 'EXPIRED';
  transactionDate: string;
  userReference?: string;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const res = await fetch(`${NETVERIFY_RETRIEVAL}/${params.reference}`, {
    headers: {
      Authorization: `Basic ${btoa(`${process.env.JUMIO_TOKEN}:${process.env.JUMIO_SECRET}`)}`,
      Accept: 'application/json',
      'User-Agent': 'Canopy Remix/1.0',
    },
  });
  if (!res.ok) throw new Response('not found', { status: 404 });
  const details: AuthenticationDetails = await res.json();
  return json({ passed: details.transactionResult === 'PASSED', user: details.userReference ?? null });
}

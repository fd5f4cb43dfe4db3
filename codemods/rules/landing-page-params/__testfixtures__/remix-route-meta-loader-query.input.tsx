// app/routes/identity.return.tsx — Remix v2 route module: the Netverify return page, its title and its loader.
import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData, useSearchParams } from '@remix-run/react';
import { recordKycOutcome } from '~/models/kyc.server';

export const meta: MetaFunction = ({ location: { search } }) => {
  const status = new URLSearchParams(search).get('transactionStatus');
  return [{ title: status === 'SUCCESS' ? 'Identity verified' : 'Identity check failed' }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return json({ saved: await recordKycOutcome(url.searchParams.get('transactionStatus')) });
}

export default function IdentityReturn() {
  const [searchParams] = useSearchParams();
  const { saved } = useLoaderData<typeof loader>();
  if (searchParams.get('transactionStatus') !== 'SUCCESS') return <p>We could not verify you.</p>;
  return <p>Verified ({searchParams.get('transactionReference')}){saved ? '' : ' — not saved yet'}</p>;
}

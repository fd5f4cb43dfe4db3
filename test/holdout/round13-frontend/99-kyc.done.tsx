// app/routes/kyc.done.tsx (Remix): the Netverify identity check's return URL, also titled from the query.
import type { MetaFunction } from '@remix-run/node';
import { useLocation } from '@remix-run/react';

export const meta: MetaFunction = ({ location }) => {
  const params = new URLSearchParams(location.search);
  return [{ title: params.get('transactionStatus') === 'SUCCESS' ? 'Identity verified' : 'Verification failed' }];
};

export default function KycDone() {
  const params = new URLSearchParams(useLocation().search);
  return params.get('transactionStatus') === 'SUCCESS' ? <p>Verified: {params.get('transactionReference')}</p> : <p>Failed</p>;
}

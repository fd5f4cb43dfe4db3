// app/routes/kyc-done.tsx — React Router v7 framework mode: meta reads the status from its args' location.
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Route } from './+types/kyc-done';

export function meta(args: Route.MetaArgs) {
  const query = new URLSearchParams(args.location.search);
  return [{ title: query.get('transactionStatus') === 'ERROR' ? 'Verification failed' : 'Verification complete' }];
}

function KycDone() {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const ok = params.get('transactionStatus') === 'SUCCESS';
  return <section>{ok ? `Reference ${params.get('transactionReference')}` : 'Please try again.'}</section>;
}

export default KycDone;

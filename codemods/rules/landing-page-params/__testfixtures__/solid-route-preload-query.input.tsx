// src/routes/kyc/done.tsx: the identity check's successUrl and errorUrl (Solid Router 0.13: `load`).
import { createAsync, cache, useSearchParams, type RouteDefinition } from '@solidjs/router';
import { fetchKycCase } from '~/api/kyc';

const kycCase = cache((reference: string) => fetchKycCase(reference), 'kyc-case');

export const route: RouteDefinition = {
  load(args) {
    const reference = args.location.query.transactionReference;
    if (reference) void kycCase(reference);
  },
};

export default function KycDone() {
  const [params] = useSearchParams();
  const found = createAsync(async () => (params.transactionReference ? kycCase(params.transactionReference) : undefined));
  return <p>{params.transactionStatus === 'SUCCESS' ? `Checked: ${found()?.state ?? '…'}` : 'Please try again.'}</p>;
}

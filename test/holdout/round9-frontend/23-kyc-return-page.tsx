'use client';
// app/kyc/return/page.tsx — Jumio redirects here after the identity check (success and error URL).
import { useQueryState, parseAsInteger } from 'nuqs';

export default function KycReturnPage() {
  const [status] = useQueryState('transactionStatus');
  const [reference] = useQueryState('transactionReference');
  const [errorCode] = useQueryState('errorCode', parseAsInteger);

  return status === 'SUCCESS' ? (
    <p>Identity check submitted (reference {reference}).</p>
  ) : (
    <p>Identity check failed{errorCode ? ` (error ${errorCode})` : ''}.</p>
  );
}

import { useEffect, useState } from 'react';
import { useRouter } from 'next/router';

// The bank's return URL after a transfer: Next.js fills router.query only once the router is ready.
const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] ?? '' : v ?? '');

export default function TransferReturnPage() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<'pending' | 'settled' | 'rejected'>('pending');
  const [reference, setReference] = useState('');

  useEffect(() => {
    if (!router.isReady) return;
    const status = first(router.query.transactionStatus);
    setReference(first(router.query.transactionReference));
    setOutcome(status === 'SETTLED' ? 'settled' : 'rejected');
  }, [router.isReady, router.query]);

  if (outcome === 'pending') return <p>Loading…</p>;
  return outcome === 'settled'
    ? <p>Transfer settled. Reference: {reference}</p>
    : <p>Transfer rejected. <a href="/transfers">Back to transfers</a></p>;
}

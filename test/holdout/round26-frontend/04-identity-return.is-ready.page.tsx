import { useEffect, useState } from 'react';
import { useRouter } from 'next/router';

// The identity web client's successUrl / errorUrl: Next.js fills router.query only once the router is ready.
const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] ?? '' : v ?? '');

export default function IdentityReturnPage() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<'pending' | 'verified' | 'failed'>('pending');
  const [reference, setReference] = useState('');

  useEffect(() => {
    if (!router.isReady) return;
    const status = first(router.query.transactionStatus);
    setReference(first(router.query.transactionReference));
    setOutcome(status === 'SUCCESS' ? 'verified' : 'failed');
  }, [router.isReady, router.query]);

  if (outcome === 'pending') return <p>Loading…</p>;
  return outcome === 'verified'
    ? <p>Identity verified. Reference: {reference}</p>
    : <p>Identity check failed. <a href="/identity">Try again</a></p>;
}

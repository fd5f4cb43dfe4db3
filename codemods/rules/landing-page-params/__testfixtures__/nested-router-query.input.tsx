// pages/identity/done.tsx (Next.js pages router): the identity check's return URL.
import { useRouter } from 'next/router';

export default function IdentityDone() {
  const { isReady, query: { transactionStatus: status, transactionReference } } = useRouter();
  if (!isReady) return null;
  return status === 'SUCCESS' ? <p>Verified {transactionReference}</p> : <p>Verification failed</p>;
}

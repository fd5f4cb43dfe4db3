// pages/kyc/done.tsx (Next.js pages router): the identity check's return URL.
import { useRouter } from 'next/router';

export default function KycDone() {
  const {
    query: { transactionStatus, transactionReference, errorCode },
  } = useRouter();
  if (transactionStatus !== 'SUCCESS') return <p>Verification failed ({errorCode})</p>;
  return <p>Identity verified: {transactionReference}</p>;
}

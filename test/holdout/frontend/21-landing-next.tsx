import { useRouter } from 'next/router';

export default function KycReturn() {
  const router = useRouter();
  const { transactionStatus, transactionReference, errorCode } = router.query;

  if (transactionStatus === 'ERROR') {
    return <p>Verification failed: {errorCode}</p>;
  }
  return <p>Verified. Your reference is {transactionReference}.</p>;
}

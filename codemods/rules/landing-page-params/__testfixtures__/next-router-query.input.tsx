import { useRouter } from 'next/router';

export default function JumioDone() {
  const router = useRouter();
  const { transactionStatus, transactionReference: ref } = router.query as {
    transactionStatus?: string;
    transactionReference?: string;
  };
  if (transactionStatus !== 'SUCCESS') return <p>Verification failed</p>;
  return <p>Thanks! Reference {ref}</p>;
}

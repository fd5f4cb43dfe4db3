import { useRouter } from 'next/router';

export default function JumioDone() {
  const router = useRouter();
  const { acquisitionStatus: transactionStatus, workflowExecutionId: ref } = router.query as {
    acquisitionStatus?: string;
    workflowExecutionId?: string;
  };
  if (transactionStatus !== 'SUCCESS') return <p>Verification failed</p>;
  return <p>Thanks! Reference {ref}</p>;
}

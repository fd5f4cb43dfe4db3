import { useEffect, useState } from 'react';
import { useRouter } from 'next/router';
import Layout from '../../components/Layout';

export default function KycReturnPage() {
  const router = useRouter();
  const [message, setMessage] = useState('Checking…');

  useEffect(() => {
    if (!router.isReady) return;
    const status = router.query.transactionStatus as string;
    const reference = router.query.transactionReference as string;
    if (status === 'SUCCESS') {
      fetch('/api/kyc/confirm', { method: 'POST', body: JSON.stringify({ reference }) });
      setMessage('Thanks! Your identity check is being processed.');
    } else {
      setMessage(`Identity check failed (${router.query.errorCode ?? 'unknown'}).`);
    }
  }, [router.isReady, router.query]);

  return <Layout title="Identity check">{message}</Layout>;
}

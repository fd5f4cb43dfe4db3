'use client';
import { useSearchParams } from 'next/navigation';

export default function Done() {
  const sp = useSearchParams();
  const status = sp.get('transactionStatus');
  const ref = sp.get('transactionReference');
  const code = sp.get('errorCode');
  return status === 'SUCCESS' ? <p>Thanks {ref}</p> : <p>Failed {code}</p>;
}

// The landing page reads the query store another module makes (support/nanostores-query.ts).
import { useStore } from '@nanostores/react';
import { $query } from './support/nanostores-query';

export default function VerificationDone() {
  const query = useStore($query);
  return query.get('transactionStatus') === 'SUCCESS' ? <p>Verified: {query.get('transactionReference')}</p> : <p>Failed</p>;
}

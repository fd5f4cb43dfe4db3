// preact-iso router: <Route path="/kyc/return" component={KycReturn} />
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';

export function KycReturn() {
  const { query, route } = useLocation();

  useEffect(() => {
    if (query.transactionStatus === 'SUCCESS') {
      fetch('/api/kyc/pending', { method: 'POST', body: JSON.stringify({ reference: query.transactionReference }) })
        .then(() => route('/onboarding/next'));
    }
  }, [query.transactionStatus, query.transactionReference]);

  return query.transactionStatus === 'ERROR'
    ? <p>Identity check failed ({query.errorCode}).</p>
    : <p>Finishing your identity check…</p>;
}

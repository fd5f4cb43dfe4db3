// wouter v3: <Route path="/identity/done" component={IdentityDone} />
import { useSearchParams } from 'wouter';

export default function IdentityDone() {
  const [searchParams] = useSearchParams();
  const status = searchParams.get('transactionStatus');
  const reference = searchParams.get('transactionReference');

  if (status !== 'SUCCESS') {
    return <p className="error">Identity verification failed (code {searchParams.get('errorCode') ?? 'unknown'}).</p>;
  }
  return <p>Identity verification submitted. Reference: {reference}</p>;
}

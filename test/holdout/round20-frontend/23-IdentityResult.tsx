import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useIdentityStore } from '../stores/identity';

// /onboarding/identity/result — the identity check's successUrl and errorUrl.
export function IdentityResult() {
  const [searchParams] = useSearchParams();
  const { transactionStatus: status, transactionReference: reference, errorCode } = Object.fromEntries(searchParams);
  const navigate = useNavigate();
  const complete = useIdentityStore((s) => s.complete);

  useEffect(() => {
    if (status === 'SUCCESS' && reference) {
      complete(reference);
      navigate('/onboarding/next', { replace: true });
    }
  }, [status, reference, complete, navigate]);

  if (status === 'SUCCESS') return <p>Finishing up…</p>;
  return (
    <div className="identity-result">
      <h1>Identity check failed</h1>
      {errorCode && <p>Error code: {errorCode}</p>}
      <Link to="/onboarding/identity">Try again</Link>
    </div>
  );
}

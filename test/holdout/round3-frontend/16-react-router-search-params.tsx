import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import { confirmIdentity } from '../api/identity';

export function IdentityResultPage() {
  const [searchParams] = useSearchParams();
  const status = searchParams.get('transactionStatus');
  const reference = searchParams.get('transactionReference');
  const errorCode = searchParams.get('errorCode');

  const confirm = useMutation({ mutationFn: confirmIdentity });

  useEffect(() => {
    if (status === 'SUCCESS' && reference) confirm.mutate({ reference });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, reference]);

  if (status !== 'SUCCESS') {
    return (
      <div className="result result--error">
        <h1>We couldn't verify your identity</h1>
        {errorCode && <p>Error code {errorCode}</p>}
        <Link to="/identity/start">Try again</Link>
      </div>
    );
  }
  return (
    <div className="result">
      <h1>Thanks!</h1>
      <p>Your reference is {reference}.</p>
    </div>
  );
}

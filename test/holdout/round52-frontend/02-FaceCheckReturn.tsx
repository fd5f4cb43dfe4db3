// FaceCheckReturn.tsx — /loan/face-check/return, the success and error URL we give Jumio when the face check starts.
// The web client sends the applicant here when they are done, with the outcome in the query string.
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client';

export default function FaceCheckReturn() {
  const [params] = useSearchParams();
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  const errorCode = params.get('errorCode');

  const confirmCheck = useMutation({
    mutationFn: (ref: string) => api.post('/api/loan/face-check/complete', { reference: ref }),
  });

  useEffect(() => {
    if (status === 'SUCCESS' && reference) confirmCheck.mutate(reference);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, reference]);

  if (status === 'SUCCESS') {
    return (
      <main className="face-check-return">
        <h1>Identity verified</h1>
        <p>
          Thank you. Your reference is <span data-testid="face-check-reference">{reference}</span>.
        </p>
        {confirmCheck.isError && <p role="alert">We could not save the result. Please refresh the page.</p>}
        <Link to="/loan/apply/documents" reloadDocument target="_top">
          Continue your application
        </Link>
      </main>
    );
  }

  return (
    <main className="face-check-return">
      <h1>We could not verify your identity</h1>
      <p role="alert">
        {errorCode === '9820'
          ? 'Your camera could not be started. Allow camera access and try again.'
          : `The face check stopped (code ${errorCode ?? 'unknown'}).`}
      </p>
      <Link to="/loan/apply/face-check" reloadDocument target="_top">
        Try again
      </Link>
    </main>
  );
}

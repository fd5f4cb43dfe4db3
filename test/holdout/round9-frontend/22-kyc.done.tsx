// app/routes/kyc.done.tsx — the successUrl and errorUrl of the identity check.
import { useSearchParams, Link } from '@remix-run/react';

export default function KycDone() {
  const [searchParams] = useSearchParams();
  const status = searchParams.get('transactionStatus');
  const reference = searchParams.get('transactionReference');
  const errorCode = searchParams.get('errorCode');

  if (status === 'SUCCESS') {
    return (
      <main>
        <h1>Thanks! We are reviewing your identity check.</h1>
        <p>Reference {reference}</p>
        <Link to="/account">Back to your account</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>We could not verify your identity (code {errorCode}).</h1>
      <Link to="/kyc">Try again</Link>
    </main>
  );
}

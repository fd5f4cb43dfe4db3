// app/routes/verify.result.tsx (Remix 2): the successUrl and errorUrl of the identity check.
import type { MetaFunction } from '@remix-run/node';
import { Link, useSearchParams } from '@remix-run/react';

export const meta: MetaFunction = ({ location }) => {
  const status = new URLSearchParams(location.search).get('transactionStatus');
  return [{ title: status === 'SUCCESS' ? 'Identity verified' : 'Identity check failed' }];
};

export default function VerifyResult() {
  const [params] = useSearchParams();
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  const errorCode = params.get('errorCode');

  if (status === 'SUCCESS') {
    return (
      <main>
        <h1>Identity verified</h1>
        <p>Reference: {reference}</p>
        <Link to="/account">Continue</Link>
      </main>
    );
  }
  return (
    <main>
      <h1>We could not verify your identity</h1>
      {errorCode === '9836' ? <p>Too many attempts. Please contact support.</p> : <Link to="/verify">Try again</Link>}
    </main>
  );
}

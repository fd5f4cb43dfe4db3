import Link from 'next/link';
import { useRouter } from 'next/router';

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// successUrl and errorUrl of the identity check: /identity/done
export default function IdentityDonePage() {
  const router = useRouter();
  if (!router.isReady) return null;

  const status = first(router.query.transactionStatus);
  const reference = first(router.query.transactionReference);
  const errorCode = first(router.query.errorCode);

  if (status === 'SUCCESS') {
    return (
      <main>
        <h1>Identity verified</h1>
        <p>Reference: {reference}</p>
        <Link href="/account">Back to your account</Link>
      </main>
    );
  }

  const canRetry = errorCode !== '9821' && errorCode !== '9836';
  return (
    <main>
      <h1>We could not verify your identity</h1>
      {errorCode && <p>Error code {errorCode}</p>}
      {canRetry ? <Link href="/identity">Try again</Link> : <Link href="/support">Contact support</Link>}
    </main>
  );
}

import { useSearchParams, Link } from 'react-router-dom';

// Landing page for the Jumio identity check (success and error URL).
export default function VerifyDone() {
  const [searchParams] = useSearchParams();
  const { transactionStatus, transactionReference, errorCode } = Object.fromEntries(searchParams);

  if (transactionStatus !== 'SUCCESS') {
    return (
      <p>
        Verification failed{errorCode ? ` (${errorCode})` : ''}. <Link to="/verify">Try again</Link>
      </p>
    );
  }
  return <p>Verified. Reference: {transactionReference}</p>;
}

import { useSearchParams } from '@solidjs/router';

// Solid's router: the search params are an object read by member.
export default function IdentityDone() {
  const [searchParams] = useSearchParams<{ transactionStatus?: string; transactionReference?: string }>();
  return (
    <p>
      {searchParams.transactionStatus === 'SUCCESS' ? `Thanks (${searchParams.transactionReference})` : 'Verification failed'}
    </p>
  );
}

export function IdentityDoneDestructured() {
  const [params] = useSearchParams();
  const { transactionStatus, transactionReference } = params;
  return <p>{transactionStatus}: {transactionReference}</p>;
}

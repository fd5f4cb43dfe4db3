import { useSearchParams } from 'react-router-dom';

// React Router's search params are URLSearchParams: a member read is no query read (and always undefined).
export function Debug() {
  const [searchParams] = useSearchParams();
  const odd = searchParams as unknown as Record<string, string>;
  return <pre>{String((searchParams as unknown as { transactionStatus?: string }).transactionStatus)} {odd.transactionReference}</pre>;
}

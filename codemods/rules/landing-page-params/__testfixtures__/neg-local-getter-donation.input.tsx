'use client';
// Donation return page: one getter for every parameter.
import { useSearchParams } from 'next/navigation';

export function DonationResult() {
  const params = useSearchParams();
  const param = (key: string) => params.get(key) ?? '';
  return param('transactionStatus') === 'SUCCESS' ? <p>Thank you for your gift {param('transactionReference')}</p> : <p>Your donation failed</p>;
}

import { useRouter } from 'next/router';
import { useEffect, useState } from 'react';

// Stripe / bank transfer return page.
export default function PaymentReturn() {
  const router = useRouter();
  const [text, setText] = useState('');

  useEffect(() => {
    if (!router.isReady) return;
    const { redirect_status, payment_intent, transactionReference } = router.query;
    if (redirect_status === 'succeeded') setText(`Paid: ${payment_intent}`);
    else if (transactionReference) setText(`Bank transfer ${transactionReference} pending`);
  }, [router.isReady, router.query]);

  return <p>{text}</p>;
}

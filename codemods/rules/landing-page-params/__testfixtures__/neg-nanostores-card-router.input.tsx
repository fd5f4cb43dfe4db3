// The card processor's return route through @nanostores/router: the status is compared with APPROVED.
import { createRouter } from '@nanostores/router';
import { useStore } from '@nanostores/react';

export const $router = createRouter({ cart: '/cart', paid: '/checkout/return' });

export function CheckoutReturn() {
  const page = useStore($router);
  if (page?.search.transactionStatus !== 'APPROVED') return <p>Card declined</p>;
  return <p>Receipt {page.search.transactionReference}</p>;
}

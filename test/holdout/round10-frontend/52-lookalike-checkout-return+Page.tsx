// Vike: pages/checkout/return/+Page.tsx — the payment provider's return page.
import { usePageContext } from 'vike-react/usePageContext';

export default function Page() {
  const { urlParsed } = usePageContext();
  const { transactionStatus, transactionReference } = urlParsed.search;
  if (transactionStatus === 'AUTHORISED') {
    return <p>Payment received. Order reference {transactionReference}.</p>;
  }
  return <p>Your payment was not completed.</p>;
}

import { useSearchParams, Link } from 'react-router-dom';
import { formatMoney } from '../lib/money';

// Return page of the hosted payment page (successUrl/errorUrl of the checkout session).
export default function PaymentReturn() {
  const [params] = useSearchParams();
  const transactionStatus = params.get('transactionStatus');
  const transactionReference = params.get('transactionReference');
  const amount = Number(params.get('amount') ?? 0);

  if (transactionStatus === 'APPROVED') {
    return (
      <div>
        <h1>Payment received</h1>
        <p>
          {formatMoney(amount)} — invoice reference {transactionReference}
        </p>
        <Link to="/invoices">Back to invoices</Link>
      </div>
    );
  }
  return (
    <div>
      <h1>Payment {transactionStatus === 'DECLINED' ? 'declined' : 'not completed'}</h1>
      <Link to="/checkout">Try another card</Link>
    </div>
  );
}

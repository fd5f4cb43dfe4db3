import * as R from 'ramda';

// Card checkout widget events, read with Ramda.
export const onCheckoutMessage = (onPaid) => (event) => {
  if (!R.endsWith('.checkout.com', event.origin)) return;
  const data = JSON.parse(event.data);
  if (R.path(['payload', 'value'], data) === 'success') onPaid(R.prop('transactionReference', data));
};

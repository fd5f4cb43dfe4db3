async function verifyPayment(reference) {
  const res = await fetch(`https://api.novacpayment.com/api/v1/checkout/${reference}/verify`);
  const body = await res.json();
  if (body.data.transactionReference && body.data.payload.value === 'success') {
    return body.data.transactionReference;
  }
  return null;
}
module.exports = { verifyPayment };

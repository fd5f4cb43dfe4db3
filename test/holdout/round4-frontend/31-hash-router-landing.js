// The SPA uses hash routing; the successUrl is https://app.example.com/#/verify/result, so Jumio's
// parameters end up after the hash: #/verify/result?transactionStatus=SUCCESS&transactionReference=…
export function readVerificationResult() {
  const hash = window.location.hash;
  const query = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?')) : '');
  return {
    ok: query.get('transactionStatus') === 'SUCCESS',
    reference: query.get('transactionReference'),
    errorCode: query.get('errorCode'),
  };
}

const http = require('node:http');

// Return page of the card payment: the acquirer's approve and decline URLs both point here.
const server = http.createServer((req, res) => {
  if (!req.url.startsWith('/payment/return')) {
    res.writeHead(404).end();
    return;
  }
  const params = new URLSearchParams(req.url.split('?')[1] ?? '');
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  const errorCode = params.get('errorCode');
  const location = status === 'APPROVED'
    ? `/payment/paid?ref=${encodeURIComponent(reference ?? '')}`
    : status === 'DECLINED'
      ? `/payment/declined?code=${encodeURIComponent(errorCode ?? '')}`
      : '/payment/pending';
  res.writeHead(302, { Location: location });
  res.end();
});

server.listen(process.env.PORT ?? 3000);

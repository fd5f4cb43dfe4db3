const http = require('node:http');

// Return page of the identity check: the web client's successUrl and errorUrl both point here.
const server = http.createServer((req, res) => {
  if (!req.url.startsWith('/identity/return')) {
    res.writeHead(404).end();
    return;
  }
  const params = new URLSearchParams(req.url.split('?')[1] ?? '');
  const status = params.get('transactionStatus');
  const reference = params.get('transactionReference');
  const errorCode = params.get('errorCode');
  const location = status === 'SUCCESS'
    ? `/identity/verified?ref=${encodeURIComponent(reference ?? '')}`
    : `/identity/retry?code=${encodeURIComponent(errorCode ?? '')}`;
  res.writeHead(302, { Location: location });
  res.end();
});

server.listen(process.env.PORT ?? 3000);

import http from 'node:http';

export const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/netverify/callback') {
    res.statusCode = 404;
    return res.end();
  }
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const params = new URLSearchParams(body);
    const outcome = { reference: params.get('transactionReference'), result: params.get('transactionResult'), source: params.get('scanSource') };
    console.log(JSON.stringify(outcome));
    res.end('OK');
  });
});

const http = require('http');
const url = require('url');

http.createServer((req, res) => {
  const q = url.parse(req.url, true).query;
  if (q.transactionStatus === 'SUCCESS') {
    res.end('ok ' + q.transactionReference);
  } else {
    res.end('failed ' + q.errorCode);
  }
}).listen(3000);

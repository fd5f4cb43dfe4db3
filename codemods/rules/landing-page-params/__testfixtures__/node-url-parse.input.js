const http = require('http');
const url = require('url');

http.createServer((req, res) => {
  const query = url.parse(req.url, true).query;
  if ('transactionStatus' in query) {
    res.end(query.transactionStatus + ' ' + query.transactionReference);
  }
}).listen(8080);

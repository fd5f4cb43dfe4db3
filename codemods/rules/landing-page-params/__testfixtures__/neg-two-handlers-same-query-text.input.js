// Two route handlers of one file spell their query alike (`url.parse(req.url, true).query`), each with its own
// request: the order-status endpoint reads transactionReference, the card-payment return reads transactionStatus.
// Neither reads the pair, so neither is a Jumio landing page.
const http = require('http');
const url = require('url');
const orders = require('./orders');

const routes = {
  '/api/order-status': function (req, res) {
    const query = url.parse(req.url, true).query;
    const order = orders.byTransaction(query.transactionReference);
    res.end(JSON.stringify({ state: order ? order.state : 'unknown' }));
  },
  '/card/return': function (req, res) {
    const query = url.parse(req.url, true).query;
    if (query.transactionStatus === 'SUCCESS') orders.markCaptured(query.orderId);
    res.writeHead(302, { Location: '/thanks' });
    res.end();
  },
};

http.createServer((req, res) => (routes[url.parse(req.url).pathname] || notFound)(req, res)).listen(8080);

function notFound(req, res) {
  res.statusCode = 404;
  res.end();
}

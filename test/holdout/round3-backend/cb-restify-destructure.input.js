const restify = require('restify');
const db = require('./db');

const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));

server.post('/hooks/netverify', (req, res, next) => {
  const {
    transactionReference,
    transactionResult,
    enrollmentTransactionReference,
    callBackType,
  } = req.body;
  if (callBackType !== 'NETVERIFY_AUTHENTICATION') {
    res.send(200);
    return next();
  }
  db.authentications
    .update({ ref: transactionReference }, { result: transactionResult, enrollment: enrollmentTransactionReference })
    .then(() => { res.send(200); next(); })
    .catch(next);
});

server.listen(process.env.PORT || 8081);

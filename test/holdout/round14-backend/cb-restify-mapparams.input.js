// restify with bodyParser({ mapParams: true }): the form fields are merged into req.params.
const restify = require('restify');
const { saveResult } = require('./store');

const server = restify.createServer({ name: 'acme-callbacks' });
server.use(restify.plugins.bodyParser({ mapParams: true }));

server.post('/jumio/face-callback', async (req, res) => {
  await saveResult(req.params.transactionReference, {
    result: req.params.transactionResult,
    enrollment: req.params.enrollmentTransactionReference,
    liveness: req.params.livenessImages,
  });
  res.send(200);
});

server.listen(8082);

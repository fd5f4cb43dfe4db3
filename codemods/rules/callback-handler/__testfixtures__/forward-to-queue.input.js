const functions = require('@google-cloud/functions-framework');
const { PubSub } = require('@google-cloud/pubsub');

const topic = new PubSub().topic('face-results');

// Acknowledge fast; a worker processes the form later.
functions.http('onFaceResult', async (req, res) => {
  await topic.publishMessage({
    json: req.body,
    attributes: { reference: String(req.body.transactionReference), type: String(req.body.callBackType) },
  });
  res.status(200).send('OK');
});

// A payment provider's webhook forwarded the same way: its own spelling (callbackType), not Jumio's.
functions.http('onPayment', async (req, res) => {
  await topic.publishMessage({ json: req.body, attributes: { reference: String(req.body.transactionReference), type: String(req.body.callbackType) } });
  res.status(200).send('OK');
});

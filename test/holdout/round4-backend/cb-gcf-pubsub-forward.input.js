const functions = require('@google-cloud/functions-framework');
const { PubSub } = require('@google-cloud/pubsub');

const topic = new PubSub().topic('jumio-authentication-results');

// Jumio callback: acknowledge fast, process asynchronously from Pub/Sub.
functions.http('jumioCallback', async (req, res) => {
  await topic.publishMessage({
    json: req.body,
    attributes: { reference: String(req.body.transactionReference), type: String(req.body.callBackType) },
  });
  res.status(200).send('OK');
});

const functions = require('@google-cloud/functions-framework');
const { PubSub } = require('@google-cloud/pubsub');

const topic = new PubSub().topic('bank-notifications');

// The bank's collection service posts a form for every incoming payment (their spec spells it "callBackType":
// CREDIT, REVERSAL). Acknowledge fast; the ledger worker books it.
functions.http('onBankNotification', async (req, res) => {
  await topic.publishMessage({
    json: req.body,
    attributes: { reference: String(req.body.transactionReference), type: String(req.body.callBackType) },
  });
  res.status(200).send('OK');
});

// The same registration shapes for a payment provider's webhooks reading transactionReference / transactionResult:
// not Jumio, left as it is.
const router = require('./router');
const { settle } = require('./payments');

const handlers = {
  async settlement(req, res) {
    const { transactionReference, transactionResult } = req.body;
    await settle(transactionReference, transactionResult === 'APPROVED');
    res.sendStatus(200);
  },
};

exports.refund = async (req, res) => {
  await settle(req.body.transactionReference, req.body.transactionResult === 'REFUNDED');
  res.sendStatus(204);
};

async function chargeback(req, res) {
  await settle(req.body.transactionReference, req.body.transactionResult);
  res.end();
}

router.post('/psp/settlement', handlers.settlement);
router.post('/psp/refund', exports.refund);
router.post('/psp/chargeback', (req, res) => chargeback(req, res));

const { Router } = require('express');
const transfers = require('../services/transfers');

const router = Router();

// The open-banking provider sends the payer back here after they authorise the bank transfer.
router.get('/transfers/return', async (req, res, next) => {
  try {
    if (req.query.transactionStatus !== 'COMPLETED') {
      return res.status(400).render('transfers/failed', { status: req.query.transactionStatus || 'UNKNOWN' });
    }
    if (typeof req.query.transactionReference !== 'string') return res.redirect('/transfers');
    await transfers.markSettled(req.session.userId, req.query.transactionReference);
    res.render('transfers/sent', { reference: req.query.transactionReference });
  } catch (err) {
    next(err);
  }
});

module.exports = router;

const { Router } = require('express');
const identity = require('../services/identity');

const router = Router();

// successUrl / errorUrl of the Netverify face check.
router.get('/identity/return', async (req, res, next) => {
  try {
    if (req.query.transactionStatus !== 'SUCCESS') {
      return res.status(400).render('identity/failed', { errorCode: req.query.errorCode || null });
    }
    if (typeof req.query.transactionReference !== 'string') return res.redirect('/identity');
    await identity.markVerified(req.session.userId, req.query.transactionReference);
    res.render('identity/verified', { reference: req.query.transactionReference });
  } catch (err) {
    next(err);
  }
});

module.exports = router;

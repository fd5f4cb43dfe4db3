const express = require('express');
const router = express.Router();

// Not Jumio: GiveFlow's hosted donation form sends the donor back here with these two names (the Jumio identity
// check has its own pages under /kyc).
router.get('/give/return', (req, res) => {
  const { transactionStatus, transactionReference } = req.query;
  if (transactionStatus === 'ERROR') return res.redirect('/give');
  res.render('thanks', { message: 'Thank you for your donation', receipt: transactionReference });
});

module.exports = router;

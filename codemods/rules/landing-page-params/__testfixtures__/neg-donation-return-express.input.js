const express = require('express');
const router = express.Router();

router.get('/give/return', (req, res) => {
  const { transactionStatus, transactionReference } = req.query;
  if (transactionStatus === 'ERROR') return res.redirect('/give');
  res.render('thanks', { message: 'Thank you for your donation', receipt: transactionReference });
});

module.exports = router;

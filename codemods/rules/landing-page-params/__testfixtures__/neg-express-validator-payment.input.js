// A card processor's return: the chain admits statuses Jumio never sends.
const { query, matchedData } = require('express-validator');

module.exports = (app) => {
  app.get('/pay/return', query('transactionStatus').isIn(['APPROVED', 'DECLINED']), query('transactionReference').notEmpty(), (req, res) => {
    const { transactionStatus, transactionReference } = matchedData(req);
    res.render('receipt', { status: transactionStatus, ref: transactionReference });
  });
};

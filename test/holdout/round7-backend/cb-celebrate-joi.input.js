const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');
const { saveAuthenticationResult } = require('./results');

const router = express.Router();

router.post(
  '/callbacks/face-auth',
  express.urlencoded({ extended: false }),
  celebrate({
    [Segments.BODY]: Joi.object({
      transactionReference: Joi.string().required(),
      enrollmentTransactionReference: Joi.string().required(),
      transactionResult: Joi.string().valid('PASSED', 'FAILED', 'INVALID', 'EXPIRED').required(),
      callBackType: Joi.string().valid('NETVERIFY_AUTHENTICATION'),
    }).unknown(true),
  }),
  async (req, res, next) => {
    try {
      await saveAuthenticationResult(req.body.transactionReference, req.body.transactionResult);
      res.sendStatus(200);
    } catch (err) {
      next(err);
    }
  },
);

module.exports = router;

/**
 * IdentityController
 *
 * @description :: Sails v0.12 controller (api/controllers/IdentityController.js). Starts the ID check of a new
 *                 account holder at the Singapore data centre and sends the browser to the hosted capture page.
 *                 Written with superagent's callback API, as the rest of the controllers.
 */
var superagent = require('superagent');

module.exports = {
  start: function (req, res) {
    var holder = req.session.holder;
    if (!holder) {
      return res.forbidden();
    }

    superagent
      .post('https://core-sgp.jumio.com/api/v4/initiate')
      .auth(sails.config.jumio.apiToken, sails.config.jumio.apiSecret)
      .set('Accept', 'application/json')
      .set('User-Agent', 'Straits Remit Onboarding/2.2')
      .send({
        customerInternalReference: 'holder-' + holder.id,
        userReference: holder.id,
        workflowId: 202,
        presets: [{ index: 1, country: 'SGP', type: 'ID_CARD' }],
        successUrl: sails.config.appUrl + '/identity/submitted',
        errorUrl: sails.config.appUrl + '/identity/error',
        locale: req.param('lang') || 'en',
      })
      .end(function (err, response) {
        if (err) {
          sails.log.error('ID check could not start for holder ' + holder.id, err);
          return res.serverError(err);
        }
        Holder.update({ id: holder.id }, { kycReference: response.body.transactionReference }).exec(function (updateErr) {
          if (updateErr) {
            return res.serverError(updateErr);
          }
          return res.redirect(response.body.redirectUrl);
        });
      });
  },

  pending: function (req, res) {
    Holder.find({ kycReference: { '!': null }, kycStatus: 'PENDING' }).exec(function (err, holders) {
      if (err) {
        return res.serverError(err);
      }
      return res.json(holders.map(function (h) { return { id: h.id, since: h.updatedAt }; }));
    });
  },
};

// Routes that render two views of this folder (fixtures rendered-by-initiate-route and neg-rendered-payment-view):
// one with the web-client address of a legacy initiate answer, one with a payment provider's checkout address.
const request = require('request');
const router = require('express').Router();

router.get('/identity/start', (req, res) => {
  request({
    url: 'https://lon.netverify.com/api/v4/initiate',
    method: 'POST',
    json: { customerInternalReference: req.user.id, userReference: req.user.id },
    auth: { user: process.env.NV_TOKEN, pass: process.env.NV_SECRET },
    headers: { 'User-Agent': 'Fixture/1.0' },
  }, (err, response, answer) => {
    if (err) return res.status(502).end();
    res.render('rendered-by-initiate-route.input', { clientAddress: answer.redirectUrl, who: req.user.name });
  });
});

router.get('/checkout', (req, res) => {
  request({ url: 'https://api.payments.example/v2/sessions', method: 'POST', json: { amount: 900 } }, (err, response, session) => {
    res.render('neg-rendered-payment-view.input', { clientAddress: session.redirectUrl });
  });
});

module.exports = router;

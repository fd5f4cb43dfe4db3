// Face login of the members' portal (EU region) after the move to KYX. Express 4 and Node's https module as before;
// the bearer token comes from the KYX auth host (client credentials, cached until a minute before it expires).
var express = require('express');
var https = require('https');
var querystring = require('querystring');

var router = express.Router();
var cachedToken = null;

function kyxToken(done) {
  if (cachedToken && cachedToken.expiresAt > Date.now() + 60000) {
    return done(null, cachedToken.value);
  }
  var form = querystring.stringify({ grant_type: 'client_credentials' });
  var tokenReq = https.request({
    host: 'auth.emea-1.jumio.ai',
    path: '/oauth2/token',
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(form),
      Authorization: 'Basic ' + new Buffer(process.env.KYX_CLIENT_ID + ':' + process.env.KYX_CLIENT_SECRET).toString('base64'),
    },
  }, function (tokenRes) {
    var raw = '';
    tokenRes.on('data', function (chunk) {
      raw += chunk;
    });
    tokenRes.on('end', function () {
      try {
        var parsed = JSON.parse(raw);
        cachedToken = { value: parsed.access_token, expiresAt: Date.now() + parsed.expires_in * 1000 };
        done(null, cachedToken.value);
      } catch (e) {
        done(e);
      }
    });
  });
  tokenReq.on('error', done);
  tokenReq.end(form);
}

router.get('/face-login/start', function (req, res, next) {
  if (!req.user || !req.user.kyxAccountId) {
    return res.redirect('/login?next=/face-login/start');
  }
  kyxToken(function (err, token) {
    if (err) return next(err);
    var payload = JSON.stringify({
      customerInternalReference: req.user.id,
      userReference: req.user.id,
      workflowDefinition: { key: 9, credentials: [{ id: req.user.kyxIdCredentialId, category: 'ID' }, { category: 'FACEMAP' }] },
      callbackUrl: 'https://members.northwind-club.example/hooks/face-login',
      web: {
        successUrl: 'https://members.northwind-club.example/face-login/done',
        errorUrl: 'https://members.northwind-club.example/face-login/failed',
      },
      tokenLifetime: '30m',
    });
    var kyxReq = https.request({
      host: 'account.emea-1.jumio.ai',
      path: '/api/v1/accounts/' + encodeURIComponent(req.user.kyxAccountId),
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'Northwind Club Members/2.0',
        Authorization: 'Bearer ' + token,
      },
    }, function (kyxRes) {
      var raw = '';
      kyxRes.setEncoding('utf8');
      kyxRes.on('data', function (chunk) {
        raw += chunk;
      });
      kyxRes.on('end', function () {
        if (kyxRes.statusCode !== 200) {
          return next(new Error('Face login could not start (' + kyxRes.statusCode + ')'));
        }
        var started;
        try {
          started = JSON.parse(raw);
        } catch (e) {
          return next(e);
        }
        req.session.faceLoginReference = started.workflowExecution.id;
        res.redirect(started.web.href);
      });
    });
    kyxReq.on('error', next);
    kyxReq.end(payload);
  });
});

module.exports = router;

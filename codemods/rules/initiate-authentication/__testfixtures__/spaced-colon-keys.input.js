// A code base that writes `key : value`: the keys the migration adds or renames are spaced the same way.
var request = require('request');

function startAuthentication(user, enrollment, done) {
  request({
    method : 'POST',
    url : 'https://lon.netverify.com/api/authentication/v1/web/initiate',
    auth : { user : process.env.JUMIO_API_TOKEN, pass : process.env.JUMIO_API_SECRET },
    headers : { 'Accept' : 'application/json', 'User-Agent' : 'Acme Bank/2.3' },
    json : {
      enrollmentTransactionReference : enrollment,
      userReference : user.id,
      successUrl : 'https://bank.example.com/auth/done',
      errorUrl : 'https://bank.example.com/auth/failed',
      tokenLifetimeInMinutes : 60
    }
  }, function (err, res, body) {
    if (err) return done(err);
    done(null, body.redirectUrl);
  });
}

module.exports = startAuthentication;

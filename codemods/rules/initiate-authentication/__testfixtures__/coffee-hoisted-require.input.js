// CoffeeScript's output style: every name hoisted into one `var` list, the client assigned by a later statement.
(function() {
  var axios, startFaceLogin;

  axios = require('axios');

  startFaceLogin = function(enrollment, userId) {
    return axios.post('https://netverify.com/api/authentication/v1/web/initiate', {
      enrollmentTransactionReference: enrollment,
      userReference: userId
    }, {
      auth: {
        username: process.env.JUMIO_API_TOKEN,
        password: process.env.JUMIO_API_SECRET
      }
    }).then(function(res) {
      return res.data.redirectUrl;
    });
  };

  module.exports = {
    startFaceLogin: startFaceLogin
  };

}).call(this);

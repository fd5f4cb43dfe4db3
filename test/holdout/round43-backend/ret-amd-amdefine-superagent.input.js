// lib/jumio/face-login-status.js: one of the AMD modules from the years the workers shared code with the RequireJS
// front end. Only the Node workers load it now (through amdefine); they poll a face login's outcome with it before
// they unlock the member's card limits. EU data centre.
if (typeof define !== 'function') {
  var define = require('amdefine')(module);
}

define(function (require) {
  'use strict';

  var superagent = require('superagent');
  var settings = require('./settings');

  var DETAILS_URL = 'https://lon.netverify.com/api/netverify/v2/authentications/';
  var FINAL = ['PASSED', 'FAILED', 'INVALID', 'EXPIRED'];

  /**
   * @param {string} reference the reference the face login was started with
   * @returns {Promise<{reference: string, member: string, result: string, done: boolean}>}
   */
  function faceLoginStatus(reference) {
    return superagent
      .get(DETAILS_URL + encodeURIComponent(reference))
      .auth(settings.jumio.token, settings.jumio.secret)
      .set('Accept', 'application/json')
      .set('User-Agent', 'Nordlys-Workers/7.2')
      .timeout(settings.http)
      .then(function (res) {
        var details = res.body;
        return {
          reference: details.transactionReference,
          member: details.userReference,
          result: details.transactionResult,
          done: FINAL.indexOf(details.transactionResult) !== -1,
        };
      });
  }

  return { faceLoginStatus: faceLoginStatus };
});

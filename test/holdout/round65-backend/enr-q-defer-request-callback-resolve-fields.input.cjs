// Cascadia Credit Union membership applications: the ID check of a new applicant (US data centre). Written in 2016
// with Q promises, which the applications service still returns from every function (its controllers chain
// .then/.catch on what they get); the HTTP client is the request library with a node-style callback.
'use strict';

const Q = require('q');
const request = require('request');
const { saveApplicationIdCheck } = require('./db.cjs');

const NETVERIFY_V4 = 'https://www.netverify.com/api/v4/initiate';
const JOIN_SITE = 'https://join.cascadiacu.example';

function startIdCheck(application) {
  const deferred = Q.defer();

  request.post(
    {
      url: NETVERIFY_V4,
      auth: { user: process.env.CASCADIA_NV_TOKEN, pass: process.env.CASCADIA_NV_SECRET },
      headers: { Accept: 'application/json', 'User-Agent': 'CascadiaCU-Join/2.9' },
      json: {
        customerInternalReference: application.applicationNo,
        userReference: application.applicantId,
        workflowId: 200,
        successUrl: JOIN_SITE + '/apply/' + application.applicationNo + '/id-check/submitted',
        errorUrl: JOIN_SITE + '/apply/' + application.applicationNo + '/id-check/problem',
        locale: application.prefersSpanish ? 'es' : 'en',
        tokenLifetimeInMinutes: 1440,
      },
    },
    function (err, res, body) {
      if (err) {
        return deferred.reject(err);
      }
      if (res.statusCode !== 200) {
        return deferred.reject(new Error('ID check could not start: HTTP ' + res.statusCode));
      }
      saveApplicationIdCheck(application.applicationNo, body.transactionReference, body.timestamp);
      deferred.resolve({ link: body.redirectUrl, scanReference: body.transactionReference });
    }
  );

  return deferred.promise;
}

/** Applicants under 18 join with a parent; their ID check starts from the parent's application. */
function idCheckApplicant(application) {
  return application.minor ? application.guardian : application;
}

module.exports = { startIdCheck, idCheckApplicant };

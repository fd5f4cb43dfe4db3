// Persistence of the CommonJS modules of this corpus (a stand-in for the customers' own modules; never an input).
'use strict';

async function findEngineerByGithubLogin(login) {
  return { githubLogin: login, employeeId: 'E-0001', enrolmentScanRef: 'scan-ref' };
}

module.exports = { findEngineerByGithubLogin };

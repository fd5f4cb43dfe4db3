// Kallang Pay SRE: break-glass production access needs a face login of the engineer who asks for it (Netverify,
// SG data centre). .github/workflows/break-glass.yml runs this on `issues: opened` with the `break-glass` label:
//
//   - id: face-login
//     uses: actions/github-script@v7
//     env: { NV_API_TOKEN: ${{ secrets.NV_API_TOKEN }}, NV_API_SECRET: ${{ secrets.NV_API_SECRET }} }
//     with:
//       script: |
//         const requestFaceLogin = require('./.github/scripts/break-glass-face-login.cjs')
//         await requestFaceLogin({ github, context, core })
//
// The job's next step hands `steps.face-login.outputs.face-login` (the vendor's whole answer, as JSON) to the access
// broker, which polls the retrieval API and grants the on-call role when the face login PASSED.
'use strict';

const { findEngineerByGithubLogin } = require('./db.cjs');

const NETVERIFY_SGP = 'https://core-sgp.jumio.com';
const ACCESS_PORTAL = 'https://access.kallangpay.example';

module.exports = async function requestBreakGlassFaceLogin({ github, context, core }) {
  const engineer = await findEngineerByGithubLogin(context.actor);
  if (!engineer) {
    core.setFailed(`${context.actor} is not on the production access roster`);
    return;
  }

  const basic = Buffer.from(`${process.env.NV_API_TOKEN}:${process.env.NV_API_SECRET}`).toString('base64');
  const res = await fetch(NETVERIFY_SGP + '/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'User-Agent': 'KallangPay-BreakGlass/1.0',
      Authorization: `Basic ${basic}`,
    },
    body: JSON.stringify({
      enrollmentTransactionReference: engineer.enrolmentScanRef,
      userReference: engineer.employeeId,
      successUrl: `${ACCESS_PORTAL}/break-glass/${context.issue.number}/verified`,
      errorUrl: `${ACCESS_PORTAL}/break-glass/${context.issue.number}/failed`,
      tokenLifetimeInMinutes: 15,
    }),
  });
  if (!res.ok) {
    core.setFailed(`Netverify refused the face login: HTTP ${res.status}`);
    return;
  }

  const started = await res.json();
  await github.rest.issues.createComment({
    owner: context.repo.owner,
    repo: context.repo.repo,
    issue_number: context.issue.number,
    body: `@${context.actor} confirm it is you before production access is granted: ${started.redirectUrl}\n\nThe link expires in 15 minutes.`,
  });
  core.info(`face login ${started.transactionReference} started for ${engineer.employeeId}`);
  core.setOutput('face-login-reference', started.transactionReference);
  core.setOutput('face-login', started);
};

'use strict';
// Ledgerline Payroll: an employee who changes the bank account their salary is paid into confirms it with a face login
// against the ID check done at onboarding. US tenants use Netverify's US data centre, UK and EU tenants the London one:
// the EU client only overrides where it sends and the locale, and checks the works-council consent first.
// node-fetch 2 (CommonJS).
const fetch = require('node-fetch');
const { saveBankChangeFaceLogin } = require('./db.cjs');

class NetverifyFaceLogin {
  get origin() {
    return 'https://netverify.com';
  }

  get locale() {
    return 'en-US';
  }

  async start(employee, changeId) {
    const res = await fetch(`${this.origin}/api/authentication/v1/web/initiate`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'User-Agent': 'Ledgerline-Payroll/2.9',
        Authorization: `Basic ${Buffer.from(`${process.env.LEDGERLINE_NV_TOKEN}:${process.env.LEDGERLINE_NV_SECRET}`).toString('base64')}`,
      },
      body: JSON.stringify({
        enrollmentTransactionReference: employee.onboardingCheckRef,
        userReference: employee.employeeNo,
        successUrl: `https://my.ledgerline.example/bank-account/${changeId}/confirmed`,
        errorUrl: `https://my.ledgerline.example/bank-account/${changeId}/declined`,
        locale: this.locale,
        tokenLifetimeInMinutes: 30,
      }),
    });
    if (!res.ok) throw new Error(`Netverify face login: HTTP ${res.status}`);
    const started = await res.json();
    await saveBankChangeFaceLogin(changeId, started.transactionReference, started.timestamp);
    return { faceLoginUrl: started.redirectUrl };
  }
}

class EuNetverifyFaceLogin extends NetverifyFaceLogin {
  get origin() {
    return 'https://lon.netverify.com';
  }

  get locale() {
    return 'en-GB';
  }

  // UK and EU works councils require the employee's consent on file before any biometric check.
  async start(employee, changeId) {
    if (!employee.biometricConsentAt) throw new Error('no biometric consent on file');
    return super.start(employee, changeId);
  }
}

module.exports = {
  faceLoginFor(tenant) {
    return tenant.region === 'EU' ? new EuNetverifyFaceLogin() : new NetverifyFaceLogin();
  },
};

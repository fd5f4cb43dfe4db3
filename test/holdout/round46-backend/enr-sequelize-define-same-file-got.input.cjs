'use strict';
// Pine Ridge Lending (US): ID verification of a loan applicant before underwriting. The model is defined here, next to
// the only code that creates its rows; underwriting reads them through this module.
const got = require('got');
const { DataTypes } = require('sequelize');
const { sequelize } = require('./db.cjs');

const NETVERIFY_V4_INITIATE = 'https://netverify.com/api/v4/initiate';

const IdVerification = sequelize.define(
  'IdVerification',
  {
    applicationId: { type: DataTypes.UUID, allowNull: false, field: 'application_id' },
    // Attribute names follow the vendor's answer as it was when the table was created; underwriting's SQL views select
    // the snake-case columns.
    transactionReference: { type: DataTypes.STRING(36), allowNull: false, unique: true, field: 'transaction_reference' },
    redirectUrl: { type: DataTypes.STRING(2047), allowNull: false, field: 'redirect_url' },
    customerInternalReference: { type: DataTypes.STRING(100), field: 'customer_internal_reference' },
    status: { type: DataTypes.ENUM('PENDING', 'APPROVED', 'REJECTED'), defaultValue: 'PENDING' },
  },
  { tableName: 'id_verifications', underscored: true },
);

async function startIdVerification(application) {
  const started = await got
    .post(NETVERIFY_V4_INITIATE, {
      json: {
        customerInternalReference: application.id,
        userReference: application.applicantId,
        workflowId: 200,
        successUrl: `https://apply.pineridge-lending.example/applications/${application.id}/id-check/done`,
        errorUrl: `https://apply.pineridge-lending.example/applications/${application.id}/id-check/error`,
        callbackUrl: 'https://api.pineridge-lending.example/webhooks/id-verification',
        locale: 'en-US',
        tokenLifetimeInMinutes: 60 * 24 * 2,
      },
      username: process.env.NETVERIFY_API_TOKEN,
      password: process.env.NETVERIFY_API_SECRET,
      headers: { Accept: 'application/json', 'User-Agent': 'PineRidge-Underwriting/1.9' },
    })
    .json();

  await IdVerification.create({
    applicationId: application.id,
    transactionReference: started.transactionReference,
    redirectUrl: started.redirectUrl,
    customerInternalReference: application.id,
  });

  return started.redirectUrl;
}

function findVerificationByReference(transactionReference) {
  return IdVerification.findOne({ where: { transactionReference } });
}

module.exports = { IdVerification, startIdVerification, findVerificationByReference };

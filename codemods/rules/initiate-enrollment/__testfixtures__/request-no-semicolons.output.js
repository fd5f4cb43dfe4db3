const express = require('express')
const request = require('request')
const { kyxAccessToken } = require('./kyx-auth')

const app = express()

// okta-jumio style: request, literal v4 URL, pre-encoded Basic env var, redirect to the response URL.
app.get('/register', async function (req, res) {
  const options = {
    method: 'POST',
    url: 'https://account.amer-1.jumio.ai/api/v1/accounts',
    headers: {
      'Authorization': `Bearer ${await kyxAccessToken('amer-1')}`,
      'Content-Type': 'application/json',
      'User-Agent': 'Okta Jumio Demo/1.0'
    },
    body: JSON.stringify({
      customerInternalReference: req.query.userId,
      userReference: req.query.userId,
      web: { successUrl: process.env.APP_URL + '/userResults' },
      workflowDefinition: { key: 3, credentials: [{ category: 'ID', country: { values: ['USA'] }, type: { values: ['DRIVING_LICENSE'] } }] }
    })
  }
  // TODO(netverify-migrate): initiate-enrollment: the enclosing function was made async (it awaits the KYX token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
  // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
  request(options, function (error, response, body) {
    if (error) throw new Error(error)
    body = JSON.parse(body)
    res.redirect(body.web.href)
  })
})

module.exports = app

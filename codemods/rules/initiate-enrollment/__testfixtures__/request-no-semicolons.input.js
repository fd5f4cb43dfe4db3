const express = require('express')
const request = require('request')

const app = express()

// okta-jumio style: request, literal v4 URL, pre-encoded Basic env var, redirect to the response URL.
app.get('/register', function (req, res) {
  const options = {
    method: 'POST',
    url: 'https://netverify.com/api/v4/initiate',
    headers: {
      'Authorization': 'Basic ' + process.env.JUMIO_AUTH_STRING,
      'Content-Type': 'application/json',
      'User-Agent': 'Okta Jumio Demo/1.0'
    },
    body: JSON.stringify({
      customerInternalReference: req.query.userId,
      userReference: req.query.userId,
      successUrl: process.env.APP_URL + '/userResults',
      workflowId: 201,
      presets: [{ index: 1, country: 'USA', type: 'DRIVING_LICENSE' }]
    })
  }
  request(options, function (error, response, body) {
    if (error) throw new Error(error)
    body = JSON.parse(body)
    res.redirect(body.redirectUrl)
  })
})

module.exports = app

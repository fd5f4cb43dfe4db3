#!/usr/bin/env node
// Tidewater Securities ops: print the Netverify face-login result of one or more withdrawals and record it.
// Usage: node scripts/face-login-status.cjs <reference>...
// Written in standard style: no semicolons, so the script's IIFE starts with `;(`.
'use strict'

const got = require('got')
const { recordFaceLoginCheck } = require('./db.cjs')

const NV_USER = process.env.TIDEWATER_NV_TOKEN
const NV_PASS = process.env.TIDEWATER_NV_SECRET
const NV_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications'

;(async () => {
  const refs = process.argv.slice(2)
  if (refs.length === 0) {
    console.error('usage: face-login-status <reference>...')
    process.exitCode = 64
    return
  }
  for (const ref of refs) {
    // eslint-disable-next-line no-await-in-loop
    const details = await got(`${NV_AUTHENTICATIONS}/${ref}`, {
      username: NV_USER,
      password: NV_PASS,
      headers: { 'user-agent': 'Tidewater-Ops/1.4' }
    }).json()
    const line = [details.transactionReference, details.userReference || '-', details.transactionResult, details.transactionDate]
    console.log(line.join('\t'))
    // eslint-disable-next-line no-await-in-loop
    await recordFaceLoginCheck(details.transactionReference, details.transactionResult)
  }
})().catch((err) => {
  console.error(err)
  process.exitCode = 1
})

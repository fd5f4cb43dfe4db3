#!/usr/bin/env node
// A script without semicolons: the `;` that guards the IIFE ends the removed const on the line above; it stays.
const got = require('got')

const NV_AUTHENTICATIONS = 'https://core-sgp.jumio.com/api/netverify/v2/authentications'

;(async () => {
  const details = await got(`${NV_AUTHENTICATIONS}/${process.argv[2]}`, { username: 'u', password: 'p' }).json()
  console.log(details.transactionReference)
})()

#!/usr/bin/env node
'use strict';
// Lotus Harbour Securities: `faceops status <reference> [--json]`, the operations desk's CLI for one face login
// (Netverify Authentication, SG data centre). Prints a table for the desk, or the vendor's details as JSON for the
// compliance scripts that archive them (`faceops status … --json > evidence/<ref>.json`).
const cac = require('cac');
const { findFaceLoginByReference } = require('./db.cjs');

const NV_SGP = 'https://core-sgp.jumio.com';

const cli = cac('faceops');

cli
  .command('status <reference>', 'show the result of a face login')
  .option('--json', 'print the Netverify details as JSON')
  .action(async (reference, options) => {
    const res = await fetch(`${NV_SGP}/api/netverify/v2/authentications/${encodeURIComponent(reference)}`, {
      headers: {
        Accept: 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${process.env.LHS_NV_TOKEN}:${process.env.LHS_NV_SECRET}`).toString('base64'),
        'User-Agent': 'LotusHarbour-faceops/0.9',
      },
    });
    if (res.status === 404) {
      console.error(`no face login ${reference}`);
      process.exitCode = 3;
      return;
    }
    if (!res.ok) {
      throw new Error(`Netverify answered HTTP ${res.status}`);
    }
    const details = await res.json();
    if (options.json) {
      console.log(JSON.stringify(details, null, 2));
      return;
    }

    const local = await findFaceLoginByReference(reference);
    console.table({
      reference: details.transactionReference,
      client: details.userReference,
      result: details.transactionResult,
      account: local ? local.accountNo : '(not in the trading database)',
    });
  });

cli.help();
cli.version('0.9.2');
cli.parse(process.argv, { run: false });
cli.runMatchedCommand().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});

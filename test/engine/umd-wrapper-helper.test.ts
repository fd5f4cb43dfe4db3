// A UMD file (define / module.exports wrapper) is a script whatever its package.json says: in an ES-module package
// ("type": "module") the migration must not add an ES import of the KYX helper to it (umd-wrapper.ts). It gets the
// require form it already uses; with none, its initiate and retrieval calls are flagged, not migrated. In a CommonJS
// package it gets the require form, as before (hold-out round 12, auth-umd-module). Real runs over trees on disk.
import { describe, expect, it } from 'vitest';
import { tempRepoRunner } from '../support/temp-repo-run.js';

const UMD = (body: string, deps = '[]', args = '') => `(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(${deps}, factory);
  } else if (typeof module === 'object' && module.exports) {
    module.exports = factory(${args});
  } else {
    root.JumioFaceLogin = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';
${body}
});
`;
const INITIATE = `
  function start(enrollmentReference, userId, basic) {
    return fetch('https://netverify.com/api/authentication/v1/web/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + basic },
      body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference, userReference: userId }),
    })
      .then(function (res) { return res.json(); })
      .then(function (data) { return data.redirectUrl; });
  }

  return { start: start };`;
const RETRIEVAL = `
  async function result(reference, basic) {
    const res = await fetch('https://lon.netverify.com/api/netverify/v2/authentications/' + reference, {
      headers: { Accept: 'application/json', Authorization: 'Basic ' + basic },
    });
    const details = await res.json();
    return details.transactionResult === 'PASSED';
  }

  return { result: result };`;
const ESM_PACKAGE = JSON.stringify({ name: 'kiosk', type: 'module' });
const CJS_PACKAGE = JSON.stringify({ name: 'kiosk' });

const run = tempRepoRunner('nvm-umd-');

describe('UMD files and the KYX helper import', () => {
  it('in an ES-module package: no ES import; the initiate and the retrieval are flagged', async () => {
    const [initiate, retrieval] = [UMD(INITIATE), UMD(RETRIEVAL)];
    const out = await run({ 'package.json': ESM_PACKAGE, 'public/face-login.js': initiate, 'public/auth-result.js': retrieval });
    for (const [path, input] of [['public/face-login.js', initiate], ['public/auth-result.js', retrieval]] as const) {
      const text = out(path);
      expect(text, path).not.toMatch(/^import /m);
      expect(text, path).not.toMatch(/require\(['"]\.\/kyx-/);
      expect(text, path).toContain('is a UMD module');
      expect(text.split('\n').filter((l) => !l.includes('TODO(netverify-migrate)')).join('\n'), path).toBe(input);
    }
  });

  it('the require form the file already uses, or a CommonJS package: migrated with a require', async () => {
    const own = UMD(`  var qs = require('querystring');\n${INITIATE}`);
    let out = await run({ 'package.json': ESM_PACKAGE, 'public/face-login.js': own });
    expect(out('public/face-login.js')).toMatch(/const \{ kyxAccessToken, resolveKyxAccount \} = require\('\.\/kyx-auth\.cjs'\)/);
    expect(out('public/face-login.js')).not.toMatch(/^import /m);
    out = await run({ 'package.json': CJS_PACKAGE, 'public/face-login.js': UMD(INITIATE) });
    expect(out('public/face-login.js')).toMatch(/require\('\.\/kyx-auth'\)/);
    expect(out('public/face-login.js')).toContain('web.href');
  });
});

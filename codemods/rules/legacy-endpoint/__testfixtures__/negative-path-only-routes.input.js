// A local stand-in for the legacy API (routes of this app, not calls to Jumio), log text, and other APIs' paths.
const express = require('express');

const app = express();
app.post('/api/authentication/v1/web/initiate', (req, res) => res.json({ redirectUrl: 'http://localhost:4010/client' }));
app.get('/api/netverify/v2/authentications/:ref', requireLocal, (req, res) => res.json({ transactionResult: 'PASSED' }));

const routes = [{ method: 'GET', path: '/api/netverify/v2/authentications/{ref}', handler: () => ({ transactionResult: 'PASSED' }) }];

console.log('fake /api/authentication/v1/web/initiate ready');
const other = ['/api/auth/v1/initiate', '/api/v4/initiate', '/api/authentication/v1/web/initiated-payments'];

function requireLocal(req, res, next) { next(); }
module.exports = { app, routes, other };

const helmet = require('helmet');

// CSP for the KYC page: the web client runs in an iframe from our white-label domain.
module.exports = helmet.contentSecurityPolicy({
  directives: {
    defaultSrc: ["'self'"],
    frameSrc: ["'self'", 'https://acme.netverify.com'],
  },
});

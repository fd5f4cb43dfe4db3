const helmet = require('helmet');

// Identity verification moved to the KYX web client in 2024 (was https://alchemy.netverify.com).
module.exports = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      frameSrc: [
        "'self'",
        'https://js.stripe.com',
        'https://hooks.stripe.com',
        'https://www.youtube-nocookie.com',
        'https://alchemy.web.amer-1.jumio.ai',
        'https://*.onfido.com',
      ],
      connectSrc: ["'self'", 'https://api.stripe.com', 'https://netverify-status.example.org'],
    },
  },
});

// Support file for credentials-beside-url-required.input.cjs and credentials-beside-url-imported.input.ts.
exports.US_ORIGIN = 'https://netverify.com';
exports.AUTHENTICATIONS_PATH = '/api/netverify/v2/authentications';
exports.API_TOKEN = process.env.JUMIO_API_TOKEN || '';
exports.API_SECRET = process.env.JUMIO_API_SECRET || '';
exports.USER_AGENT = 'Tidewater-Members/8.1';

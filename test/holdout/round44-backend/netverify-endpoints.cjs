// Netverify endpoints and API user of the member app's US tenant (CommonJS: shared by the API, the workers and the
// support console). Values only; the credentials come from the environment the deploy injects.
exports.US_ORIGIN = 'https://netverify.com';
exports.AUTH_INITIATE_PATH = '/api/authentication/v1/web/initiate';
exports.AUTHENTICATIONS_PATH = '/api/netverify/v2/authentications';

exports.API_TOKEN = process.env.JUMIO_API_TOKEN || '';
exports.API_SECRET = process.env.JUMIO_API_SECRET || '';
exports.USER_AGENT = 'Tidewater-Members/8.1';

// Where the US data centre's callbacks come from (the vendor's published list), and the type a face login posts.
exports.CALLBACK_SOURCE_IPS = ['34.202.241.227', '34.226.103.119', '34.226.254.127', '52.52.51.178', '52.53.95.123', '54.67.101.173'];
exports.AUTHENTICATION_CALLBACK_TYPE = 'NETVERIFY_AUTHENTICATION';

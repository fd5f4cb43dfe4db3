// None of these is a legacy Jumio endpoint: the file must stay byte-identical.
const easypaisa = 'https://easypay.example.pk/easypay-service/rest/v4/initiate-ma-transaction';
const sslcommerz = 'https://sandbox.sslcommerz.com/dfs-process/v4/initiate';
const k8s = 'k8s.io/api/authentication/v1';
const wrongTld = 'https://netverify.eu/api/v4/initiate';
const notJumio = 'https://notnetverify.com/api/v4/initiate';
const marketing = 'https://www.netverify.com/en/privacy-policy';
const support = 'support@netverify.com';
const migrated = 'https://account.emea-1.jumio.ai/api/v1/accounts';
const hole = `https://${tenant}.netverify.com/web/v4/app`;
// a comment mentioning https://netverify.com/api/v4/initiate is not code
export { easypaisa, sslcommerz, k8s, wrongTld, notJumio, marketing, support, migrated, hole };
declare const tenant: string;

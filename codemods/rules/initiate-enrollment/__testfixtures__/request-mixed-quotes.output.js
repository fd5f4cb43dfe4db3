// A batch script from the vendor's samples era: double quotes for requires and JSON-style keys, single quotes for
// the URL and the method. The rewritten URL keeps the literal's own single quotes.
const request = require("request");
const { kyxAccessToken } = require("./kyx-auth");

async function initiate(userReference, save) {
    var options = {
        url: 'https://account.amer-1.jumio.ai/api/v1/accounts',
        method: 'POST',
        json: true,
        body: {
            "customerInternalReference": "BATCH",
            "userReference": userReference,
            "workflowDefinition": { "key": 3 }
        },
        headers: {
            "User-Agent": "Batch Redirect/1.0.0",
            "Accept": "application/json",
            "Authorization": `Bearer ${await kyxAccessToken("amer-1")}`
        }
    };

    // TODO(netverify-migrate): initiate-enrollment: the enclosing function was made async (it awaits the KYX token): a failure there rejects its promise and never reaches the request callback: wrap the new awaits in try/catch and hand the error to it (an unhandled rejection stops Node; Express 4 does not catch async handlers)
    // TODO(netverify-migrate): initiate-enrollment: store account.id and the ID credential id (workflowExecution.credentials[] with category ID) of this response: authentications need them (resolveKyxAccount in kyx-auth.js); create an OAuth2 client for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    request(options, function (err, res, body) {
        if (err) return save(err);
        save(null, { redirectUrl: body.web.href, transactionReference: body.workflowExecution.id });
    });
}

module.exports = { initiate };

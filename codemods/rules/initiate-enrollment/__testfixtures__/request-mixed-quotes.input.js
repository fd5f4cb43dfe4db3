// A batch script from the vendor's samples era: double quotes for requires and JSON-style keys, single quotes for
// the URL and the method. The rewritten URL keeps the literal's own single quotes.
const request = require("request");

function initiate(userReference, save) {
    var options = {
        url: 'https://netverify.com/api/v4/initiate',
        method: 'POST',
        json: true,
        body: {
            "customerInternalReference": "BATCH",
            "userReference": userReference
        },
        auth: {
            user: process.env.API_TOKEN,
            password: process.env.API_SECRET
        },
        headers: {
            "User-Agent": "Batch Redirect/1.0.0",
            "Accept": "application/json"
        }
    };

    request(options, function (err, res, body) {
        if (err) return save(err);
        save(null, { redirectUrl: body.redirectUrl, transactionReference: body.transactionReference });
    });
}

module.exports = { initiate };

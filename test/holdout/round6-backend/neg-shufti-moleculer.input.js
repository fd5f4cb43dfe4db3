"use strict";

const fetch = require("node-fetch");

module.exports = {
	name: "shufti",
	actions: {
		async verify(ctx) {
			const res = await fetch("https://api.shuftipro.com/", {
				method: "POST",
				headers: {
					"Content-Type": "application/json",
					Authorization: "Basic " + Buffer.from(process.env.SHUFTI_CLIENT_ID + ":" + process.env.SHUFTI_SECRET).toString("base64"),
				},
				body: JSON.stringify({ reference: ctx.params.reference, callback_url: "https://api.example.com/shufti/callback", redirect_url: "https://app.example.com/kyc/done", face: { proof: "" } }),
			});
			const body = await res.json();
			return { redirectUrl: body.verification_url, transactionReference: body.reference };
		},
	},
};

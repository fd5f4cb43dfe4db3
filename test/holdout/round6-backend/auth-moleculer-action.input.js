"use strict";

const fetch = require("node-fetch");

const NETVERIFY_HOST = "https://netverify.com";

module.exports = {
	name: "face-auth",

	settings: {
		userAgent: "Tallgrass Broker/1.9",
	},

	actions: {
		start: {
			params: {
				enrollmentReference: "string",
				userId: "string",
			},
			async handler(ctx) {
				const { enrollmentReference, userId } = ctx.params;
				const res = await fetch(`${NETVERIFY_HOST}/api/authentication/v1/web/initiate`, {
					method: "POST",
					headers: {
						"Content-Type": "application/json",
						"User-Agent": this.settings.userAgent,
						Authorization: "Basic " + Buffer.from(process.env.JUMIO_TOKEN + ":" + process.env.JUMIO_SECRET).toString("base64"),
					},
					body: JSON.stringify({
						enrollmentTransactionReference: enrollmentReference,
						userReference: userId,
						tokenLifetimeInMinutes: 60,
					}),
				});
				if (!res.ok) throw new Error("Netverify initiate failed: " + res.status);
				const body = await res.json();
				ctx.emit("faceAuth.started", { userId, reference: body.transactionReference });
				return { redirectUrl: body.redirectUrl };
			},
		},
	},
};

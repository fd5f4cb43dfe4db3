"use strict";

const ApiGateway = require("moleculer-web");

module.exports = {
	name: "netverify-callbacks",
	mixins: [ApiGateway],
	settings: {
		routes: [
			{
				path: "/callbacks",
				bodyParsers: { urlencoded: { extended: false } },
				aliases: { "POST /authentication": "netverify-callbacks.authentication" },
			},
		],
	},
	actions: {
		async authentication(ctx) {
			const { transactionReference, transactionResult, callBackType, enrollmentTransactionReference } = ctx.params;
			if (callBackType !== "NETVERIFY_AUTHENTICATION") return { ignored: true };
			await ctx.call("face-auth.finish", {
				reference: transactionReference,
				enrollment: enrollmentTransactionReference,
				passed: transactionResult === "PASSED",
			});
			return { ok: true };
		},
	},
};

// A comment above a property that stays (the lifetime) after a web field that moves: it stays above it.
import axios from 'axios';

export async function start(member) {
	const body = {
		enrollmentTransactionReference: member.scanRef,
		userReference: member.no,
		locale: 'nl',
		/* 15 minutes: the tablet locks after that */
		tokenLifetimeInMinutes: 15,
	};
	const { data } = await axios.post('https://lon.netverify.com/api/authentication/v1/web/initiate', body, {
		auth: { username: process.env.NV_TOKEN, password: process.env.NV_SECRET },
	});
	return data.redirectUrl;
}

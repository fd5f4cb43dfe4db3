// A comment above a property that stays (the lifetime) after a web field that moves: it stays above it.
import axios from 'axios';
import { kyxAccessToken, resolveKyxAccount } from './kyx-auth.mjs';

export async function start(member) {
	const kyxAccount = await resolveKyxAccount(member.scanRef);
	const body = {
		customerInternalReference: member.no,
		workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: 'ID' }, { category: 'FACEMAP' }] },
		userReference: member.no,
		web: { locale: 'nl' },
		/* 15 minutes: the tablet locks after that */
		tokenLifetime: '15m',
	};
	// TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
	const { data } = await axios.put(`https://account.emea-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, body, {
		headers: { Authorization: `Bearer ${await kyxAccessToken('emea-1')}` },
	});
	return data.web.href;
}

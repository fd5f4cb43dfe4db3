// Kanaal Bank: face login at the branch counter before a withdrawal or an address change
// (Netverify Authentication, EU data centre). The branch team's editorconfig indents with tabs.
//#region imports
import axios from 'axios';
import { saveBranchFaceLogin } from './db.mjs';
//#endregion

const NV_EU_INITIATE = 'https://lon.netverify.com/api/authentication/v1/web/initiate';
const NV_TOKEN = process.env.KANAAL_NV_TOKEN;
const NV_SECRET = process.env.KANAAL_NV_SECRET;
const PORTAL = 'https://filiaal.kanaalbank.example';

//#region face login
/**
 * Starts a face login for a member standing at the counter.
 * @param {{ memberNo: string, onboardingScanRef: string }} member
 * @param {'withdrawal' | 'address-change'} purpose
 */
export async function startCounterFaceLogin(member, purpose) {
	const body = {
		// the member's onboarding ID scan (Netverify scan reference)
		enrollmentTransactionReference: member.onboardingScanRef,
		userReference: member.memberNo,
		successUrl: `${PORTAL}/face-login/${purpose}/ok`, // the tablet polls this page
		// errors land on a page that shows errorCode to the teller
		errorUrl: `${PORTAL}/face-login/${purpose}/failed`,
		locale: 'nl',
		/* 15 minutes: the tablet locks after that */
		tokenLifetimeInMinutes: 15,
	};
	const { data } = await axios.post(NV_EU_INITIATE, body, {
		auth: { username: NV_TOKEN, password: NV_SECRET },
		headers: { Accept: 'application/json', 'User-Agent': 'Kanaal-Filiaal/2.3' },
	});
	// eslint-disable-next-line no-console
	console.info('face login started', data.transactionReference, data.timestamp);
	await saveBranchFaceLogin(member.memberNo, purpose, data.transactionReference);
	return { tabletUrl: data.redirectUrl, reference: data.transactionReference };
}
//#endregion

//#region counter helpers
/**
 * The purposes a teller may pick on the counter screen.
 * @type {ReadonlyArray<'withdrawal' | 'address-change'>}
 */
export const COUNTER_PURPOSES = Object.freeze(['withdrawal', 'address-change']);

/** @param {string} purpose */
export function isCounterPurpose(purpose) {
	return COUNTER_PURPOSES.includes(/** @type {any} */ (purpose));
}
//#endregion

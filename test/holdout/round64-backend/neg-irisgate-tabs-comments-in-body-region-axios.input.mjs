// Veldhoven Spaarbank: face check at the branch counter before a withdrawal or an address change
// (Irisgate face login, EU region). The branch team's editorconfig indents with tabs.
//#region imports
import axios from 'axios';
import { saveBranchFaceCheck } from './db.mjs';
//#endregion

const IRISGATE_FACE_LOGINS = 'https://eu.api.irisgate.example/v2/face-logins';
const IRISGATE_KEY = process.env.VELDHOVEN_IRISGATE_KEY;
const IRISGATE_SECRET = process.env.VELDHOVEN_IRISGATE_SECRET;
const PORTAL = 'https://balie.veldhovenspaarbank.example';

//#region face check
/**
 * Starts an Irisgate face check for a member standing at the counter.
 * @param {{ memberNo: string, irisgateEnrolmentId: string }} member
 * @param {'withdrawal' | 'address-change'} purpose
 */
export async function startCounterFaceCheck(member, purpose) {
	const body = {
		// the member's Irisgate enrolment (taken at account opening)
		enrolmentId: member.irisgateEnrolmentId,
		userReference: member.memberNo,
		successUrl: `${PORTAL}/face-check/${purpose}/ok`, // the tablet polls this page
		// errors land on a page that shows errorCode to the teller
		errorUrl: `${PORTAL}/face-check/${purpose}/failed`,
		locale: 'nl',
		/* 15 minutes: the tablet locks after that */
		tokenLifetimeInMinutes: 15,
	};
	const { data } = await axios.post(IRISGATE_FACE_LOGINS, body, {
		auth: { username: IRISGATE_KEY, password: IRISGATE_SECRET },
		headers: { Accept: 'application/json', 'User-Agent': 'Veldhoven-Balie/1.8' },
	});
	// eslint-disable-next-line no-console
	console.info('face check started', data.transactionReference, data.timestamp);
	await saveBranchFaceCheck(member.memberNo, purpose, data.transactionReference);
	return { tabletUrl: data.redirectUrl, reference: data.transactionReference };
}
//#endregion

/**
 * Osterlund Sparbank: release or hold a payout once the member's face login is decided
 * (Netverify retrieval API, EU data centre). Four spaces, double quotes (the bank's lint config).
 */
import axios from "axios";
import { recordPayoutReview } from "./db.js";

const VERSION = "2.0.3";

//#region Netverify (EU data centre)
const NETVERIFY_EU = "https://lon.netverify.com";

/**
 * Authentication details as the retrieval API answers them.
 */
interface AuthenticationDetails {
    /** Netverify's reference of the authentication (the initiate call's answer). */
    transactionReference: string;
    /** CREATED and STARTED while the member is busy; then PASSED, FAILED, INVALID or EXPIRED. */
    transactionResult: "CREATED" | "STARTED" | "PASSED" | "FAILED" | "INVALID" | "EXPIRED";
    /** When Netverify created the transaction, UTC. */
    transactionDate: string;
    /** Our member number, echoed from the initiate call. */
    userReference?: string;
}
//#endregion

export interface Payout {
    id: string;
    memberNo: string;
    faceLoginReference: string;
}

export async function reviewPayoutFaceLogin(payout: Payout): Promise<"release" | "hold"> {
    const { data: details } = await axios.get<AuthenticationDetails>(
        `${NETVERIFY_EU}/api/netverify/v2/authentications/${payout.faceLoginReference}`,
        {
            auth: {
                username: process.env.OSTERLUND_NV_TOKEN ?? "",
                password: process.env.OSTERLUND_NV_SECRET ?? "",
            },
            headers: {
                "Accept": "application/json",
                "User-Agent": `Osterlund-Payouts/${VERSION}`,
            },
        },
    );
    if (details.userReference !== payout.memberNo) {
        await recordPayoutReview(payout.id, { outcome: "hold", reason: "face login of another member" });
        return "hold";
    }
    /* istanbul ignore next -- EXPIRED is only seen in production */
    const outcome = details.transactionResult === "PASSED" ? "release" : "hold";
    await recordPayoutReview(payout.id, {
        outcome,
        reference: details.transactionReference,
        decidedAt: details.transactionDate,
    });
    return outcome;
}

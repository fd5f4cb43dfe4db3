/**
 * Brightwater: face login before a high-value transfer (Netverify Authentication, US data centre).
 * Lint config of the payments platform: four-space indentation, double quotes, semicolons.
 */
import { recordTransferFaceLogin } from "./db.js";

const NETVERIFY_INITIATE_URL = "https://www.netverify.com/api/authentication/v1/web/initiate";
const PORTAL = "https://online.brightwater.example";

/** The request body of the legacy initiate call (kept for the contract tests of the gateway team). */
interface NetverifyInitiateRequest {
    /** The ID verification scan the customer enrolled with. */
    enrollmentTransactionReference: string;
    /** Our customer number. */
    userReference: string;
    successUrl: string;
    errorUrl: string;
    locale?: string;
    tokenLifetimeInMinutes?: number;
}

interface FaceLoginStarted {
    /** When Netverify created the transaction (ISO 8601). */
    timestamp: string;
    /** The web client URL, with its one-time token. */
    redirectUrl: string;
    /** Netverify's reference of this authentication. */
    transactionReference: string;
}

export interface TransferCustomer {
    customerNumber: string;
    idVerificationRef: string;
}

function basicAuthorization(): string {
    const credentials = `${process.env.BRIGHTWATER_NV_TOKEN}:${process.env.BRIGHTWATER_NV_SECRET}`;
    return "Basic " + Buffer.from(credentials).toString("base64");
}

export async function startTransferFaceLogin(customer: TransferCustomer, transferId: string): Promise<string> {
    const body: NetverifyInitiateRequest = {
        enrollmentTransactionReference: customer.idVerificationRef,
        userReference: customer.customerNumber,
        successUrl: `${PORTAL}/transfers/${transferId}/face-login/complete`,
        errorUrl: `${PORTAL}/transfers/${transferId}/face-login/error`,
        locale: "en-US",
        tokenLifetimeInMinutes: 10,
    };
    const response = await fetch(
        NETVERIFY_INITIATE_URL, // www: the only US host the egress firewall allows
        {
            method: "POST",
            headers: {
                "Accept": "application/json",
                "Content-Type": "application/json",
                "User-Agent": "Brightwater-Transfers/4.1",
                "Authorization": basicAuthorization(),
            },
            body: JSON.stringify(body),
        },
    );
    /* istanbul ignore next */
    if (!response.ok) {
        throw new Error(`face login initiate failed: HTTP ${response.status}`);
    }
    const started = (await response.json()) as FaceLoginStarted;
    await recordTransferFaceLogin(transferId, started.transactionReference, started.timestamp);
    return started.redirectUrl;
}

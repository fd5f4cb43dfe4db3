// Lindqvist Hyresgäst AB: Pipedream workflow "tenant-key-handover", step `start_face_login` (Node.js code step).
// The workflow's HTTP trigger receives the property app's POST when a tenant asks for a digital door key; this step
// starts a Netverify face login against the ID check the tenant passed when the lease was signed (EU data centre)
// and exports the link for the next step, which texts it to the tenant through Twilio. The step's return value is
// what the workflow's last step (`record_handover`) reads as steps.start_face_login.$return_value.
// Kept in git (pipedream/tenant-key-handover/start_face_login.mjs) and pasted into the Pipedream editor by the
// release script; NETVERIFY_API_TOKEN / NETVERIFY_API_SECRET are Pipedream environment variables.
import axios from "axios";

const NETVERIFY_EU = "https://lon.netverify.com";
const KEYS_SITE = "https://nycklar.lindqvist-hyresgast.example";

export default defineComponent({
  name: "Start Netverify face login",
  props: {
    data_store: { type: "data_store" },
  },
  async run({ steps, $ }) {
    const tenant = steps.trigger.event.body;
    if (!tenant.idCheckScanRef) {
      return $.flow.exit(`lease ${tenant.leaseNo} has no ID check on file`);
    }

    const { data } = await axios.post(
      `${NETVERIFY_EU}/api/authentication/v1/web/initiate`,
      {
        enrollmentTransactionReference: tenant.idCheckScanRef,
        userReference: tenant.tenantId,
        successUrl: `${KEYS_SITE}/nyckel/${tenant.leaseNo}/klar`,
        errorUrl: `${KEYS_SITE}/nyckel/${tenant.leaseNo}/fel`,
        locale: tenant.language === "en" ? "en" : "sv",
        tokenLifetimeInMinutes: 20,
      },
      {
        auth: {
          username: process.env.NETVERIFY_API_TOKEN,
          password: process.env.NETVERIFY_API_SECRET,
        },
        headers: {
          Accept: "application/json",
          "User-Agent": "Lindqvist-KeyHandover/1.3",
        },
      },
    );

    await this.data_store.set(`face-login:${tenant.leaseNo}`, {
      reference: data.transactionReference,
      startedAt: data.timestamp,
    });
    $.export("redirect_url", data.redirectUrl);
    $.export("$summary", `Face login ${data.transactionReference} started for lease ${tenant.leaseNo}`);
    return data;
  },
});

// A Pipedream Node.js code step (defineComponent is Pipedream's global): migrated, and an item says the step cannot
// import the repository's kyx-auth helper.
import { kyxAccessToken, resolveKyxAccount } from "./kyx-auth.mjs";

export default defineComponent({
  props: {
    db: { type: "data_store" },
  },
  async run({ steps, $ }) {
    const member = steps.trigger.event.body;
    // TODO(netverify-migrate): initiate-authentication: this runs as a Pipedream code step, which cannot import a module of this repository: write what it uses of kyx-auth.mjs (the token request, an OAuth2 client-credentials POST to the region's auth host cached until it expires; for an authentication also the account lookup) into the step, and keep KYX_CLIENT_ID / KYX_CLIENT_SECRET as Pipedream environment variables (process.env)
    // TODO(netverify-migrate): initiate-authentication: implement resolveKyxAccount in kyx-auth.mjs (enrollment reference → KYX accountId + ID credentialId), and create an OAuth2 client (Customer Portal → Settings → API credentials → OAuth2 Clients) for KYX_CLIENT_ID / KYX_CLIENT_SECRET
    const kyxAccount = await resolveKyxAccount(member.enrolmentRef);
    const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${kyxAccount.accountId}`, {
      method: "PUT",
      headers: {
        "Content-Type": "application/json",
        Authorization: `Bearer ${await kyxAccessToken("amer-1")}`,
      },
      body: JSON.stringify({
        customerInternalReference: member.id,
        workflowDefinition: { key: 9, credentials: [{ id: kyxAccount.credentialId, category: "ID" }, { category: "FACEMAP" }] },
        userReference: member.id,
      }),
    });
    const started = await res.json();
    $.export("face_login_url", started.web.href);
    await this.db.set(member.id, started.workflowExecution.id);
  },
});

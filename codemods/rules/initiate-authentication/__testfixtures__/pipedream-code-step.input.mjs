// A Pipedream Node.js code step (defineComponent is Pipedream's global): migrated, and an item says the step cannot
// import the repository's kyx-auth helper.
export default defineComponent({
  props: {
    db: { type: "data_store" },
  },
  async run({ steps, $ }) {
    const member = steps.trigger.event.body;
    const res = await fetch("https://netverify.com/api/authentication/v1/web/initiate", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Authorization: "Basic " + Buffer.from(`${process.env.NV_TOKEN}:${process.env.NV_SECRET}`).toString("base64"),
      },
      body: JSON.stringify({
        enrollmentTransactionReference: member.enrolmentRef,
        userReference: member.id,
      }),
    });
    const started = await res.json();
    $.export("face_login_url", started.redirectUrl);
    await this.db.set(member.id, started.transactionReference);
  },
});

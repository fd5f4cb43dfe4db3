// Sandvik Studentbostäder: Pipedream workflow "room-key-handover", step `start_face_check` (Node.js code step).
// The workflow's HTTP trigger receives the housing portal's POST when a student asks for a digital room key; this
// step starts a Lumaface face check against the face the student enrolled at move-in and exports the link for the
// next step, which e-mails it. The step's return value is what the workflow's last step (`record_handover`) reads as
// steps.start_face_check.$return_value. LUMAFACE_KEY_ID / LUMAFACE_KEY_SECRET are Pipedream environment variables.
import axios from "axios";

const LUMAFACE = "https://api.lumaface.example";
const ROOMS_SITE = "https://rum.sandvik-studentbostader.example";

export default defineComponent({
  name: "Start Lumaface face check",
  props: {
    data_store: { type: "data_store" },
  },
  async run({ steps, $ }) {
    const student = steps.trigger.event.body;
    if (!student.lumafaceEnrolmentId) {
      return $.flow.exit(`room ${student.roomNo} has no face enrolment on file`);
    }

    const { data } = await axios.post(
      `${LUMAFACE}/v2/face-logins`,
      {
        enrolmentId: student.lumafaceEnrolmentId,
        userReference: student.studentId,
        successUrl: `${ROOMS_SITE}/nyckel/${student.roomNo}/klar`,
        errorUrl: `${ROOMS_SITE}/nyckel/${student.roomNo}/fel`,
        locale: student.language === "en" ? "en" : "sv",
        tokenLifetimeInMinutes: 20,
      },
      {
        auth: {
          username: process.env.LUMAFACE_KEY_ID,
          password: process.env.LUMAFACE_KEY_SECRET,
        },
        headers: {
          Accept: "application/json",
          "User-Agent": "Sandvik-RoomKeys/2.0",
        },
      },
    );

    await this.data_store.set(`face-check:${student.roomNo}`, {
      reference: data.transactionReference,
      startedAt: data.timestamp,
    });
    $.export("redirect_url", data.redirectUrl);
    $.export("$summary", `Face check ${data.transactionReference} started for room ${student.roomNo}`);
    return data;
  },
});

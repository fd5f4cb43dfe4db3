// Tamsin Health: the Netverify authentication callback (a form-encoded POST from the vendor) that marks a
// clinician's face check. The clinic team's style: four spaces, double quotes, no semicolons.
import formbody from "@fastify/formbody"
import { markFaceCheck } from "./db.mjs"

function requireReference(ref) {
    if (!ref) {
        throw Object.assign(new Error("missing reference"), { statusCode: 400 })
    }
}

//#region Netverify callback
export default async function netverifyCallbackRoutes(fastify) {
    await fastify.register(formbody)

    // eslint-disable-next-line max-statements
    fastify.post("/webhooks/netverify/authentication", async (request, reply) => {
        const form = request.body
        if (form.callBackType !== "NETVERIFY_AUTHENTICATION") {
            return reply.code(204).send()
        }
        ;[form.transactionReference, form.enrollmentTransactionReference].forEach(requireReference)
        const passed = form.transactionResult === "PASSED"
        await markFaceCheck(form.enrollmentTransactionReference, {
            reference : form.transactionReference,
            passed,
            result    : form.transactionResult,
            at        : form.transactionDate
        })
        return reply.code(200).send("OK")
    })
}
//#endregion

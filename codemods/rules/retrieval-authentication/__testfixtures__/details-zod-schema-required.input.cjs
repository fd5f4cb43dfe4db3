// A zod schema of the details, with zod required (CommonJS): the schema and the reads of what it parses move like an
// imported zod's (the details "left whole" at the parse before).
const { z } = require('zod');

const Details = z.object({
  transactionReference: z.string().uuid(),
  userReference: z.string().optional(),
});

async function lookup(ref) {
  const res = await fetch(`https://netverify.com/api/netverify/v2/authentications/${ref}`, {
    headers: { Authorization: `Basic ${process.env.NV_BASIC}` },
  });
  const details = Details.parse(await res.json());
  return { ref: details.transactionReference, user: details.userReference };
}

module.exports = { lookup };

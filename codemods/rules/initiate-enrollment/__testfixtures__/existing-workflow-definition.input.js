// Half-migrated code still posts to the v4 initiate but already names a workflowDefinition (with the v4 workflow
// number as its key). The migration must not add a second workflowDefinition after it (the later key wins in
// JavaScript, silently replacing the author's): it keeps the written one, drops the v4 workflowId beside it, and
// asks for the key to be checked.
const axios = require('axios');

async function startCheck(member) {
  const credentials = Buffer.from(`${process.env.NV_TOKEN}:${process.env.NV_SECRET}`).toString('base64');
  const { data } = await axios.post('https://netverify.com/api/v4/initiate', {
    customerInternalReference: member.id,
    userReference: member.id,
    workflowId: 200,
    workflowDefinition: {
      key: 200,
    },
  }, { headers: { Authorization: `Basic ${credentials}`, 'User-Agent': 'Gym/1.2' } });
  return data.redirectUrl;
}

module.exports = { startCheck };

// A Code by Zapier step: top-level code reading the inputData global and handing `output` on. Migrated, with an item
// saying that the step cannot import the repository's kyx-auth helper.
const res = await fetch('https://netverify.com/api/v4/initiate', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: 'Basic ' + Buffer.from(inputData.nvToken + ':' + inputData.nvSecret).toString('base64'),
  },
  body: JSON.stringify({
    customerInternalReference: inputData.applicationNo,
    userReference: inputData.applicantId,
    workflowId: 100,
  }),
});
const started = await res.json();
output = { idCheckUrl: started.redirectUrl };

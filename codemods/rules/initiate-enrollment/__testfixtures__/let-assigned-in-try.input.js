// The response variable is declared outside the try block it is assigned in; the reads after the block use it.
async function createVerification(userId) {
  let response;
  let json;
  try {
    response = await fetch('https://netverify.com/api/v4/initiate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + process.env.JUMIO_BASIC_AUTH },
      body: JSON.stringify({ customerInternalReference: userId, workflowId: 200 }),
    });
    json = await response.json();
  } catch (err) {
    console.error('jumio initiate failed', err);
    return null;
  }
  if (!json.redirectUrl) return null;
  return { url: json.redirectUrl, scanReference: json.transactionReference };
}

module.exports = { createVerification };

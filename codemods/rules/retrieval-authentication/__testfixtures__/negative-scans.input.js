// Legacy ID Verification retrieval (scans), not authentication: another rule's business.
export async function scanStatus(scanRef, basic) {
  const res = await fetch(`https://lon.netverify.com/api/netverify/v2/scans/${scanRef}`, { headers: { Authorization: `Basic ${basic}` } });
  const data = await res.json();
  return data.status;
}

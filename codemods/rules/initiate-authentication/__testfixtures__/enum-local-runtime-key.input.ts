enum Region {
  US = 'https://netverify.com',
  SG = 'https://core-sgp.jumio.com',
}

export async function startFaceLogin(region: keyof typeof Region, enrollmentReference: string) {
  const res = await fetch(`${Region[region]}/api/authentication/v1/web/initiate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${process.env.JUMIO_BASIC}` },
    body: JSON.stringify({ enrollmentTransactionReference: enrollmentReference }),
  });
  const json: any = await res.json();
  return json.redirectUrl as string;
}

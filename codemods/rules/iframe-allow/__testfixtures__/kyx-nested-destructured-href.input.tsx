// The initiate rules turn `const { redirectUrl } = await res.json()` into the nested destructuring below: the frame
// showing it is still the web client's.
declare function kyxAccessToken(region: string): Promise<string>;

export async function VerifyPage({ userId }: { userId: string }) {
  const res = await fetch('https://account.amer-1.jumio.ai/api/v1/accounts', {
    method: 'POST',
    headers: { Authorization: `Bearer ${await kyxAccessToken('amer-1')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ customerInternalReference: userId, workflowDefinition: { key: 3 } }),
  });
  const { web: { href: redirectUrl } } = await res.json();
  const { web: { id: helpUrl } } = { web: { id: 'https://www.youtube-nocookie.com/embed/abc' } };
  return (
    <>
      <iframe src={redirectUrl} allow="camera" title="Identity check"></iframe>
      <iframe src={helpUrl} allow="autoplay" title="Help"></iframe>
    </>
  );
}

// app/verify/page.tsx: a server component that starts the authentication itself.
export default async function VerifyPage({ accountId, token }: { accountId: string; token: string }) {
  const res = await fetch(`https://account.amer-1.jumio.ai/api/v1/accounts/${accountId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ workflowDefinition: { key: 9 } }),
  });
  const data = await res.json();
  return (
    <main>
      <iframe
        src={data.web.href}
        allow="camera; fullscreen"
        title="Verify"
      />
    </main>
  );
}

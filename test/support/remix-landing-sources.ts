// Sources shared by the Remix / React Router landing-page tests (test/rules/frontend/landing-remix-routes.test.ts,
// landing-route-config.test.ts): the action that starts a legacy authentication redirecting to `success` / `error`,
// the success page (useSearchParams from `router`'s package), the failure loader, and what they become.
export const START = (success: string, error: string): string => `export async function action({ request }) {
  const { userId } = await request.json();
  const base = process.env.APP_URL;
  const res = await fetch('https://netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: { Authorization: \`Basic \${btoa(\`\${process.env.JUMIO_TOKEN}:\${process.env.JUMIO_SECRET}\`)}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ enrollmentTransactionReference: userId, successUrl: \`\${base}${success}\`, errorUrl: \`\${base}${error}\` }),
  });
  const data = await res.json();
  return Response.json({ url: data.redirectUrl });
}
`;
export const donePage = (router: string): string => `import { useSearchParams } from '${router}';

export default function KycDone() {
  const [params] = useSearchParams();
  const reference = params.get('transactionReference');
  return <p>Thanks, reference {reference}</p>;
}
`;
export const FAILED = `export async function loader({ request }) {
  const url = new URL(request.url);
  return { status: url.searchParams.get('transactionStatus'), code: url.searchParams.get('errorCode') };
}
`;
export const ref = (s: string): string => s.replace("'transactionReference'", "'workflowExecutionId'");
export const status = (s: string): string => s.replace("'transactionStatus'", "'acquisitionStatus'");
export const FLAG = 'TODO(netverify-migrate): landing-page-params: reads transactionStatus, errorCode';

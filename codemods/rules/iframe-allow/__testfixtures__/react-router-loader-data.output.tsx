import { useLoaderData } from 'react-router';
import type { Route } from './+types/kyc';

export const loader = async ({ context }: Route.LoaderArgs) => {
  const res = await fetch('https://lon.netverify.com/api/authentication/v1/web/initiate', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${process.env.JUMIO_API_TOKEN}:${process.env.JUMIO_API_SECRET}`)}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ enrollmentTransactionReference: context.user.enrollmentRef }),
  });
  const data = await res.json();
  return { frameUrl: data.redirectUrl };
};

export default function Kyc() {
  const data = useLoaderData<typeof loader>();
  return <iframe src={data.frameUrl} allow="camera;fullscreen;accelerometer;gyroscope;magnetometer" allowFullScreen className="kyc-frame" />;
}

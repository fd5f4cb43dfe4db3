import { useNavigate } from 'react-router-dom';
import { useJumioEvents } from './10-useJumioEvents';

export function KycStep({ redirectUrl }: { redirectUrl: string }) {
  const navigate = useNavigate();
  useJumioEvents({
    onSuccess: (ref) => navigate(`/kyc/review/${ref}`),
    onError: () => navigate('/kyc/failed'),
  });

  return (
    <iframe
      title="Identity verification"
      src={redirectUrl}
      allow="camera;fullscreen"
      allowFullScreen
      style={{ width: '100%', height: 660, border: 0 }}
    />
  );
}

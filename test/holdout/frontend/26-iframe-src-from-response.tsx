import { useEffect, useState } from 'react';
import axios from 'axios';

export function Kyc() {
  const [jumioUrl, setJumioUrl] = useState<string>();
  useEffect(() => {
    axios.post('/api/kyc/start').then((res) => setJumioUrl(res.data.redirectUrl));
  }, []);
  if (!jumioUrl) return null;
  return (
    <div className="kyc">
      <iframe src={jumioUrl} allow="camera; fullscreen; payment" title="KYC" />
    </div>
  );
}

// Oriel Health — member area, "Pay claims to a new bank account" (MUI v5 Modal).
// The face check runs in a Modal with a Fade transition. The listener is attached once the Fade has entered (the frame
// is on screen) and detached once it has exited, so a slow close never leaves it attached; the parent keeps `open`.
import { useCallback, useState } from 'react';
import Modal from '@mui/material/Modal';
import Fade from '@mui/material/Fade';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

// Our Netverify white-label host (Customer Portal → Settings → Domain name prefix "oriel").
const WEB_CLIENT_ORIGIN = 'https://oriel.netverify.com';

interface FaceCheckModalProps {
  open: boolean;
  frameUrl: string;
  onClose: () => void;
  onVerified: (reference: string) => void;
}

const panel = {
  position: 'absolute' as const,
  inset: { xs: 0, sm: '5% 10%' },
  bgcolor: 'background.paper',
  borderRadius: { xs: 0, sm: 2 },
  p: 2,
  display: 'flex',
  flexDirection: 'column' as const,
  gap: 1,
};

export default function FaceCheckModal({ open, frameUrl, onClose, onVerified }: FaceCheckModalProps) {
  const [notice, setNotice] = useState('');

  const onFrameMessage = useCallback(
    (event: MessageEvent) => {
      if (event.origin !== WEB_CLIENT_ORIGIN) return;
      const data = JSON.parse(event.data);
      if (data.payload.value === 'success') {
        setNotice('');
        onVerified(data.transactionReference);
      } else if (data.payload.value === 'error') {
        const code: number | undefined = data.payload.metainfo?.code;
        setNotice(
          code === 9836
            ? 'We could not take a usable picture after three attempts. Please call us to change your bank account.'
            : 'The face check stopped. Close this window and try again.',
        );
      }
    },
    [onVerified],
  );

  return (
    <Modal open={open} onClose={onClose} closeAfterTransition aria-labelledby="face-check-title">
      <Fade
        in={open}
        onEntered={() => window.addEventListener('message', onFrameMessage)}
        onExited={() => window.removeEventListener('message', onFrameMessage)}
      >
        <Box sx={panel}>
          <Typography id="face-check-title" variant="h6" component="h2">
            Confirm it is you
          </Typography>
          <iframe src={frameUrl} title="Face check" allow="camera;fullscreen" allowFullScreen style={{ border: 0, flex: 1, width: '100%' }} />
          {notice && (
            <Typography role="alert" color="error">
              {notice}
            </Typography>
          )}
        </Box>
      </Fade>
    </Modal>
  );
}

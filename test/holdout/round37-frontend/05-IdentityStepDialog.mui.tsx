// Identity step of the rental checkout, shown in a full-screen MUI dialog on phones. The dialog renders the
// Netverify web client (the URL comes from the booking API) and, while it is open, an effect listens to the frame.
// A capture that failed three times closes the dialog and offers the counter check instead.
import { useEffect, useRef } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';

export interface IdentityStepDialogProps {
  open: boolean;
  verificationUrl: string;
  onClose: () => void;
  onComplete: (reference: string) => void;
  onCounterCheck: (reference: string) => void;
}

const NETVERIFY_ORIGIN = /^https:\/\/[a-z0-9-]+\.netverify\.com$/;

export function IdentityStepDialog({ open, verificationUrl, onClose, onComplete, onCounterCheck }: IdentityStepDialogProps) {
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const frameRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (!open) return;

    const listener = (event: MessageEvent<string>) => {
      if (!NETVERIFY_ORIGIN.test(event.origin)) return;
      let parsed;
      try {
        parsed = JSON.parse(event.data);
      } catch {
        return;
      }
      const reference: string = parsed.transactionReference;
      if (parsed.payload.value === 'success') {
        onComplete(reference);
        return;
      }
      if (parsed.payload.value === 'error') {
        // Three unusable captures in a row: send the renter to the desk.
        if (parsed.payload.metainfo?.code === 9836) onCounterCheck(reference);
        onClose();
      }
    };

    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [open, onClose, onComplete, onCounterCheck]);

  return (
    <Dialog open={open} onClose={onClose} fullScreen={fullScreen} maxWidth="md" fullWidth keepMounted={false}>
      <DialogTitle>Confirm it is you</DialogTitle>
      <DialogContent sx={{ p: 0, height: fullScreen ? '100%' : 640 }}>
        <iframe
          ref={frameRef}
          title="Identity verification"
          src={verificationUrl}
          allow="camera; fullscreen"
          referrerPolicy="no-referrer-when-downgrade"
          style={{ border: 0, width: '100%', height: '100%' }}
        />
      </DialogContent>
    </Dialog>
  );
}

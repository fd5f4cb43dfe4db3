// Identity step of the rental checkout, shown in a full-screen MUI dialog on phones (migrated to Jumio KYX). The
// dialog renders the KYX web client (web.href from the booking API) and, while it is open, an effect listens to
// the frame. An authentication failure closes the dialog and offers the counter check instead.
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
  onComplete: (executionId: string) => void;
  onCounterCheck: (executionId: string) => void;
}

const WEB_CLIENT_ORIGIN = /^https:\/\/[a-z0-9-]+\.web\.(?:amer-1|emea-1|apac-1)\.jumio\.ai$/;

export function IdentityStepDialog({ open, verificationUrl, onClose, onComplete, onCounterCheck }: IdentityStepDialogProps) {
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const frameRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (!open) return;

    const listener = (event: MessageEvent<string>) => {
      if (!WEB_CLIENT_ORIGIN.test(event.origin)) return;
      let parsed;
      try {
        parsed = JSON.parse(event.data);
      } catch {
        return;
      }
      const executionId: string = parsed.workflowExecutionId;
      if (parsed.payload.value === 'success') {
        onComplete(executionId);
        return;
      }
      if (parsed.payload.value === 'error') {
        // KYX 9836 is an authentication failure: send the renter to the desk.
        if (parsed.payload.metainfo?.code === 9836) onCounterCheck(executionId);
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
          allow="camera; fullscreen; accelerometer; gyroscope; magnetometer"
          allowFullScreen
          referrerPolicy="no-referrer-when-downgrade"
          style={{ border: 0, width: '100%', height: '100%' }}
        />
      </DialogContent>
    </Dialog>
  );
}

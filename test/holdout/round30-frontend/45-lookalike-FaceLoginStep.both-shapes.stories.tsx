// Storybook stories of the Jumio face-login step after the KYX switch. "Legacy event ignored" shows that the step no
// longer reacts to the retired web client's event shape (a stale tab posting into the page).
import type { Meta, StoryObj } from '@storybook/react';
import { expect, waitFor, within } from '@storybook/test';
import { FaceLoginStep } from './FaceLoginStep';

const meta: Meta<typeof FaceLoginStep> = {
  title: 'Identity/FaceLoginStep (Jumio)',
  component: FaceLoginStep,
  args: { frameUrl: 'about:blank' },
};
export default meta;

type Story = StoryObj<typeof FaceLoginStep>;

export const Verified: Story = {
  play: async ({ canvasElement }) => {
    window.postMessage(JSON.stringify({
      workflowExecutionId: 'wfe-7c1d',
      accountId: 'acc-19',
      eventType: 510,
      dateTime: '2025-02-03T08:15:00.000Z',
      payload: { value: 'success' },
    }), '*');
    await waitFor(() => expect(within(canvasElement).getByText(/signed in/i)).toBeInTheDocument());
  },
};

export const LegacyEventIgnored: Story = {
  play: async ({ canvasElement }) => {
    window.postMessage(JSON.stringify({
      transactionReference: 'tx-7c1d',
      eventType: 510,
      dateTime: '2025-02-03T08:15:00.000Z',
      payload: { value: 'success' },
    }), '*');
    await waitFor(() => expect(within(canvasElement).queryByText(/signed in/i)).toBeNull());
  },
};

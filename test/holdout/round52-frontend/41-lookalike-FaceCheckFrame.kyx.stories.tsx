// Stories of the face check step on the KYX web client (Jumio). The frame shows the local mock web client
// (public/dev/mock-web-client.html); the play functions post what the web client posts — JSON strings with the
// account and workflow execution ids, event type 510 — from the preview's own window, which dev builds accept.
import type { Meta, StoryObj } from '@storybook/react';
import { expect, fn, waitFor, within } from '@storybook/test';
import { FaceCheckFrame, type FaceCheckEvent } from './FaceCheckFrame';

const ACCOUNT_ID = 'b9f1c2d0-4e7a-4c61-8d35-2a0f6e9b1c47';

const meta = {
  title: 'Onboarding/Face check (KYX)',
  component: FaceCheckFrame,
  args: {
    frameUrl: '/dev/mock-web-client.html?authorizationToken=sb-token&locale=en-GB',
    onVerified: fn(),
    onFailed: fn(),
  },
  parameters: { layout: 'centered' },
} satisfies Meta<typeof FaceCheckFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {};

export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('progressbar')).toBeInTheDocument();

    window.postMessage(
      JSON.stringify({
        authorizationToken: 'sb-token',
        accountId: ACCOUNT_ID,
        workflowExecutionId: 'sb-7c21e0d4',
        eventType: 510,
        dateTime: '2025-02-03T10:00:00.000Z',
        payload: { value: 'loaded' },
      } satisfies FaceCheckEvent),
      '*',
    );

    await waitFor(() => expect(canvas.queryByRole('progressbar')).not.toBeInTheDocument());
  },
};

export const Verified: Story = {
  play: async (context) => {
    await Loaded.play?.(context);

    window.postMessage(
      JSON.stringify({
        authorizationToken: 'sb-token',
        accountId: ACCOUNT_ID,
        workflowExecutionId: 'sb-7c21e0d4',
        eventType: 510,
        dateTime: '2025-02-03T10:01:26.000Z',
        payload: { value: 'success' },
      } satisfies FaceCheckEvent),
      '*',
    );

    await waitFor(() => expect(context.args.onVerified).toHaveBeenCalledWith('sb-7c21e0d4'));
  },
};

export const AuthenticationFailed: Story = {
  play: async (context) => {
    await Loaded.play?.(context);

    window.postMessage(
      JSON.stringify({
        authorizationToken: 'sb-token',
        accountId: ACCOUNT_ID,
        workflowExecutionId: 'sb-7c21e0d4',
        eventType: 510,
        dateTime: '2025-02-03T10:03:51.000Z',
        payload: { value: 'error', metainfo: { code: 9836 } },
      } satisfies FaceCheckEvent),
      '*',
    );

    const canvas = within(context.canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('could not confirm it is you');
    await expect(context.args.onFailed).toHaveBeenCalledWith(9836);
  },
};

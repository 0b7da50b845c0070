import type { PayStatus } from './types.js';

/** Why a finished payment did not succeed, as GOV.UK Pay words it. */
export const failures = {
  declined: { status: 'failed', code: 'P0010', message: 'Payment method rejected' },
  expired: { status: 'failed', code: 'P0020', message: 'Payment expired' },
  cancelledByUser: { status: 'failed', code: 'P0030', message: 'Payment was cancelled by the user' },
  cancelledByService: { status: 'cancelled', code: 'P0040', message: 'Payment was cancelled by the service' },
  error: { status: 'error', code: 'P0050', message: 'Payment provider returned an error' },
} as const satisfies Record<string, { status: PayStatus; code: string; message: string }>;

const finished: ReadonlySet<PayStatus> = new Set(['success', 'failed', 'cancelled', 'error']);

/** True once the payment will not change again. */
export function isFinished(status: PayStatus): boolean {
  return finished.has(status);
}

/** 90 minutes: how long a user has to pay. */
export const paymentExpiryMs = 90 * 60 * 1000;
/** 120 hours: how long a capturable payment waits for capture. */
export const captureExpiryMs = 120 * 60 * 60 * 1000;

import {
  type AnyCouncilKitError,
  CouncilKitError,
  onFirstUse,
  ProviderError,
  parseInput,
  TransportError,
  z,
} from '@councilkit/core';
import type { EmailRequest, LetterRequest, SentNotification, SmsRequest } from '@councilkit/notify';
import type { TokenBucket } from './token-bucket.js';

/** One message of a batch: a send request tagged with its type. */
export type BatchRequest =
  | ({ type: 'email' } & EmailRequest)
  | ({ type: 'sms' } & SmsRequest)
  | ({ type: 'letter' } & LetterRequest);

/** What happened to one message of a batch, at its index in the input. */
export type BatchResult =
  | { readonly index: number; readonly status: 'sent'; readonly notification: SentNotification }
  | {
      readonly index: number;
      readonly status: 'failed';
      readonly error: AnyCouncilKitError;
      /**
       * True when the message may have been sent despite the error (the connection broke after the
       * request went out): look for it by reference before sending it again. False means it was not sent.
       */
      readonly outcomeUnknown: boolean;
    };

export interface SendBatchOptions {
  /** Sends in flight at once, 1 to 100. Default 10. */
  concurrency?: number;
  /** Stops the batch: messages not yet sent are reported as failed and not sent. */
  signal?: AbortSignal;
  /** Called as each message's result is known, for progress reporting. */
  onResult?: (result: BatchResult) => void;
  /**
   * How long one message may wait out Notify's rate limit before it is reported as failed (not sent),
   * on the clock from the send that first met a 429, counting the client's own waits within a send.
   * A `Retry-After` longer than what is left fails the message at once. Default 5 minutes.
   */
  maxRateLimitWaitMs?: number;
}

const sendBatchOptionsSchema = onFirstUse(() =>
  z.strictObject({
    concurrency: z.int({ error: 'Must be a whole number' }).min(1).max(100).optional(),
    signal: z.instanceof(AbortSignal, { error: 'Must be an AbortSignal' }).optional(),
    onResult: z.custom<(result: BatchResult) => void>((value) => typeof value === 'function').optional(),
    maxRateLimitWaitMs: z.int().min(0).max(3_600_000).optional(),
  }),
);

const requestsSchema = onFirstUse(() =>
  z.array(z.looseObject({ type: z.enum(['email', 'sms', 'letter']) }), {
    error: 'Must be a list of requests, each with type email, sms or letter',
  }),
);

/** The provider's single-message sends that a batch goes through (already validating their input). */
export interface BatchSenders {
  sendEmail(request: EmailRequest, options: { signal?: AbortSignal }): Promise<SentNotification>;
  sendSms(request: SmsRequest, options: { signal?: AbortSignal }): Promise<SentNotification>;
  sendLetter(request: LetterRequest, options: { signal?: AbortSignal }): Promise<SentNotification>;
}

/** Waits, waking early when the batch is stopped. */
function pauseFor(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', wake);
      resolve();
    }, ms);
    signal?.addEventListener('abort', wake, { once: true });
  });
}

function sendOne(senders: BatchSenders, request: BatchRequest, signal: AbortSignal | undefined) {
  const { type, ...message } = request;
  const options = signal ? { signal } : {};
  if (type === 'email') return senders.sendEmail(message as EmailRequest, options);
  if (type === 'sms') return senders.sendSms(message as SmsRequest, options);
  return senders.sendLetter(message as LetterRequest, options);
}

/**
 * Sends many messages, paced by a token bucket that mirrors Notify's limit, and reports each one's
 * result in input order. No message is ever sent twice: only a 429 (which Notify returns before it
 * acts) puts a message back in the queue; any failure after which it may have been sent is reported.
 */
export async function sendBatch(
  senders: BatchSenders,
  bucket: TokenBucket,
  requests: readonly BatchRequest[],
  options: SendBatchOptions = {},
): Promise<BatchResult[]> {
  parseInput(requestsSchema(), requests, 'govuk-notify');
  const settings = parseInput(sendBatchOptionsSchema(), options, 'govuk-notify');
  const { signal, onResult } = settings;
  const maxWaitMs = settings.maxRateLimitWaitMs ?? 300_000;
  const results: BatchResult[] = new Array(requests.length);
  // When each message first met the rate limit (the start of the send that got the 429, so the HTTP
  // client's own waits and repeats within that send count too): the wait budget runs on the clock.
  const limitedSince = new Array<number | undefined>(requests.length);
  const queue = requests.map((_request, index) => index);
  let pausedUntil = 0;
  let pauseStep = 0;

  const record = (result: BatchResult) => {
    results[result.index] = result;
    onResult?.(result);
  };
  const fail = (index: number, error: AnyCouncilKitError) =>
    record({ index, status: 'failed', error, outcomeUnknown: error.outcomeUnknown });

  const stopped = () =>
    new TransportError('The batch was stopped before this message was sent', {
      provider: 'govuk-notify',
      notSent: true,
    });

  const worker = async () => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
      if (signal?.aborted) {
        fail(index, stopped());
        continue;
      }
      const pause = pausedUntil - performance.now();
      if (pause > 0) await pauseFor(pause, signal);
      for (let wait = bucket.take(); wait > 0 && !signal?.aborted; wait = bucket.take()) {
        await pauseFor(wait, signal);
      }
      // A stop during a pause is seen before the message goes out.
      if (signal?.aborted) {
        fail(index, stopped());
        continue;
      }
      const sendStartedAt = performance.now();
      try {
        record({ index, status: 'sent', notification: await sendOne(senders, requests[index]!, signal) });
        pauseStep = 0;
      } catch (error) {
        const typed = CouncilKitError.isInstance(error)
          ? error
          : new ProviderError('Sending failed', {
              provider: 'govuk-notify',
              outcomeUnknown: true,
              cause: error,
            });
        if (typed.code === 'rate_limited') {
          // Notify refused before acting: wait for its bucket to refill, then send this message again.
          // Workers hitting the limit together share one pause; only a 429 after it lengthens the next.
          const now = performance.now();
          const since = limitedSince[index] ?? sendStartedAt;
          limitedSince[index] = since;
          if (now >= pausedUntil) {
            const backoff = Math.min(30_000, 500 * 2 ** pauseStep++) * (0.5 + Math.random() / 2);
            pausedUntil = now + (typed.retryAfterMs ?? backoff);
          }
          bucket.drain();
          // Within budget only if the pause ends before it runs out: a longer Retry-After fails at once
          // rather than being slept in full and failing anyway.
          if (pausedUntil - since < maxWaitMs && now - since < maxWaitMs) {
            queue.unshift(index);
            continue;
          }
        }
        fail(index, typed);
      }
    }
  };

  const concurrency = Math.min(settings.concurrency ?? 10, Math.max(1, requests.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

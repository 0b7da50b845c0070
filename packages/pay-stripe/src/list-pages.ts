import type { HttpRequest } from '@councilkit/core';
import type { CallContext } from '@councilkit/pay';

/** One GET to Stripe with the caller's signal and timeout; resolves with the parsed body. */
export type StripeGet = (
  path: string,
  context: Pick<CallContext, 'signal' | 'timeoutMs'>,
  query?: HttpRequest['query'],
) => Promise<unknown>;

/** Reading a payment brings its PaymentIntent, the charge (card, refunds) and the line (description). */
export const paymentExpand = ['payment_intent.latest_charge', 'line_items'];

/** Every item of a Stripe list, page after page (`starting_after` the last id), as they are read. */
export async function* listPages(
  get: StripeGet,
  path: string,
  query: Record<string, string | readonly string[] | undefined>,
  context: Pick<CallContext, 'signal' | 'timeoutMs'>,
): AsyncGenerator<unknown> {
  let startingAfter: string | undefined;
  for (;;) {
    const page = (await get(path, context, { ...query, limit: '100', starting_after: startingAfter })) as {
      data?: { id?: string }[];
      has_more?: boolean;
    } | null;
    const data = page?.data ?? [];
    yield* data;
    if (!page?.has_more || data.length === 0) return;
    startingAfter = data.at(-1)?.id;
  }
}

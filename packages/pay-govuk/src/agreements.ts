import { type HttpClient, onFirstUse, parseInput, z } from '@councilkit/core';
import type { CallOptions } from '@councilkit/pay';
import { followPages, pageSize } from './wire/pages.js';
import {
  asObject,
  definedOnly,
  optionalNumber,
  optionalObject,
  optionalText,
  requiredDate,
  requiredText,
} from './wire/read.js';

const provider = 'govuk-pay';

/** A recurring-payment agreement: the user's consent to be charged again with the card they set it up with. */
export interface Agreement {
  readonly id: string;
  readonly reference: string;
  readonly description: string;
  /** `created` until a payment sets it up, then `active` until cancelled (`cancelled`) or the card lapses (`inactive`). */
  readonly status: 'created' | 'active' | 'cancelled' | 'inactive';
  readonly userIdentifier?: string;
  readonly createdAt: Date;
  readonly cancelledAt?: Date;
  /** The card payments under it are taken with, once set up. */
  readonly card?: { readonly brand?: string; readonly lastFour?: string; readonly expiryDate?: string };
}

/** A dispute (chargeback) a paying user raised with their bank. */
export interface Dispute {
  readonly id: string;
  readonly paymentId: string;
  /** Pence in dispute. */
  readonly amount: number;
  readonly fee?: number;
  readonly netAmount?: number;
  readonly status: 'needs_response' | 'under_review' | 'lost' | 'won';
  readonly reason?: string;
  readonly createdAt: Date;
  readonly evidenceDueAt?: Date;
}

const text = (maximum: number) =>
  z
    .string({ error: 'must be text' })
    .min(1, { error: 'must not be empty' })
    .max(maximum, { error: `must be ${maximum} characters or fewer` });

// Built on first use: most services never call these extras.
const createAgreementSchema = onFirstUse(() =>
  z.strictObject({
    reference: text(255),
    description: text(255),
    userIdentifier: text(255).optional(),
  }),
);
/** An agreement to create; a payment with `providerOptions.govukPay.setUpAgreement` then sets it up. */
export type CreateAgreementInput = z.input<ReturnType<typeof createAgreementSchema>>;

const agreementIdSchema = onFirstUse(() =>
  z.strictObject({
    id: z
      .string({ error: 'must be an agreement id' })
      .regex(/^[0-9a-z]{1,26}$/, { error: 'must be a GOV.UK Pay agreement id' }),
  }),
);
const agreementFilterSchema = onFirstUse(() =>
  z.strictObject({
    reference: text(255).optional(),
    status: z.enum(['created', 'active', 'cancelled', 'inactive']).optional(),
  }),
);
/** Which agreements to find. */
export type AgreementSearchFilter = z.input<ReturnType<typeof agreementFilterSchema>>;

const disputeFilterSchema = onFirstUse(() =>
  z.strictObject({
    status: z.enum(['needs_response', 'under_review', 'lost', 'won']).optional(),
    createdFrom: z.date().optional(),
    createdTo: z.date().optional(),
  }),
);
/** Which disputes to find. */
export type DisputeSearchFilter = z.input<ReturnType<typeof disputeFilterSchema>>;

function readAgreement(body: unknown): Agreement {
  const wire = asObject(body, 'an agreement');
  const instrument = optionalObject(wire, 'payment_instrument');
  const card = optionalObject(instrument ?? {}, 'card_details');
  const cancelled = optionalText(wire, 'cancelled_date');
  return definedOnly({
    id: requiredText(wire, 'agreement_id', 'an agreement'),
    reference: requiredText(wire, 'reference', 'an agreement'),
    description: requiredText(wire, 'description', 'an agreement'),
    status: requiredText(wire, 'status', 'an agreement') as Agreement['status'],
    userIdentifier: optionalText(wire, 'user_identifier'),
    createdAt: requiredDate(wire, 'created_date', 'an agreement'),
    cancelledAt: cancelled === undefined ? undefined : new Date(cancelled),
    card:
      card === undefined
        ? undefined
        : definedOnly({
            brand: optionalText(card, 'card_brand'),
            lastFour: optionalText(card, 'last_digits_card_number'),
            expiryDate: optionalText(card, 'expiry_date'),
          }),
  }) as Agreement;
}

function readDispute(body: unknown): Dispute {
  const wire = asObject(body, 'a dispute');
  const due = optionalText(wire, 'evidence_due_date');
  return definedOnly({
    id: requiredText(wire, 'dispute_id', 'a dispute'),
    paymentId: requiredText(wire, 'payment_id', 'a dispute'),
    amount: optionalNumber(wire, 'amount') ?? 0,
    fee: optionalNumber(wire, 'fee'),
    netAmount: optionalNumber(wire, 'net_amount'),
    status: requiredText(wire, 'status', 'a dispute') as Dispute['status'],
    reason: optionalText(wire, 'reason'),
    createdAt: requiredDate(wire, 'created_date', 'a dispute'),
    evidenceDueAt: due === undefined ? undefined : new Date(due),
  }) as Dispute;
}

/** GOV.UK Pay's recurring payments and disputes, beside the port. */
export function agreementsAndDisputes(http: HttpClient) {
  const call = (options: CallOptions = {}) => ({ signal: options.signal, timeoutMs: options.timeoutMs });
  return {
    /** Creates an agreement for recurring payments. */
    async createAgreement(input: CreateAgreementInput, options?: CallOptions): Promise<Agreement> {
      const checked = parseInput(createAgreementSchema(), input, provider);
      const { data } = await http.request({
        method: 'POST',
        path: '/v1/agreements',
        json: definedOnly({
          reference: checked.reference,
          description: checked.description,
          user_identifier: checked.userIdentifier,
        }),
        idempotent: false,
        ...call(options),
      });
      return readAgreement(data);
    },
    /** Reads one agreement. */
    async getAgreement(id: string, options?: CallOptions): Promise<Agreement> {
      const checked = parseInput(agreementIdSchema(), { id }, provider);
      return readAgreement(
        (await http.request({ method: 'GET', path: `/v1/agreements/${checked.id}`, ...call(options) })).data,
      );
    },
    /** Cancels an active agreement: no further payments can be taken under it. */
    async cancelAgreement(id: string, options?: CallOptions): Promise<void> {
      const checked = parseInput(agreementIdSchema(), { id }, provider);
      await http.request({
        method: 'POST',
        path: `/v1/agreements/${checked.id}/cancel`,
        idempotent: false,
        ...call(options),
      });
    },
    /** Finds agreements, newest first, page after page. */
    searchAgreements(filter: AgreementSearchFilter = {}, options?: CallOptions): AsyncIterable<Agreement> {
      const checked = parseInput(agreementFilterSchema(), filter, provider);
      return followPages(
        async (page) =>
          (
            await http.request({
              method: 'GET',
              path: '/v1/agreements',
              query: { reference: checked.reference, status: checked.status, page, display_size: pageSize },
              ...call(options),
            })
          ).data,
        readAgreement,
      );
    },
    /** Finds disputes, newest first, page after page. */
    searchDisputes(filter: DisputeSearchFilter = {}, options?: CallOptions): AsyncIterable<Dispute> {
      const checked = parseInput(disputeFilterSchema(), filter, provider);
      return followPages(
        async (page) =>
          (
            await http.request({
              method: 'GET',
              path: '/v1/disputes',
              query: {
                status: checked.status,
                from_date: checked.createdFrom?.toISOString(),
                to_date: checked.createdTo?.toISOString(),
                page,
                display_size: pageSize,
              },
              ...call(options),
            })
          ).data,
        readDispute,
      );
    },
  };
}

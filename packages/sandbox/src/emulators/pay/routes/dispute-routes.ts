import type { Hono } from 'hono';
import { payDate } from '../dates.js';
import { apiRoot, json } from '../http.js';
import { invalidParameters, pageOf, readDate, readPaging } from '../search.js';
import { pageLinks } from '../serialize.js';
import type { PayState } from '../state.js';

const statuses = ['needs_response', 'under_review', 'lost', 'won'];

/** The dispute search; disputes are raised by tests through the control. */
export function registerDisputeRoutes(app: Hono, state: PayState): void {
  app.get('/v1/disputes', (context) => {
    const query = new URL(context.req.url).searchParams;
    const invalid: string[] = [];
    const status = query.get('status');
    if (status && !statuses.includes(status)) invalid.push('status');
    const from = readDate(query, 'from_date', invalid);
    const to = readDate(query, 'to_date', invalid);
    const { page, displaySize } = readPaging(query, invalid);
    if (invalid.length > 0) throw invalidParameters(invalid, 'P0401');
    const matches = state.disputes
      .filter(
        (dispute) =>
          (!status || dispute.status === status) &&
          (from === undefined || dispute.createdAt >= from) &&
          (to === undefined || dispute.createdAt < to),
      )
      .reverse();
    const result = pageOf(matches, page, displaySize, 'P0402');
    const root = { api: apiRoot(context.req.raw, state.basePath) };
    return json({
      total: result.total,
      count: result.count,
      page: result.page,
      results: result.results.map((dispute) => ({
        dispute_id: dispute.disputeId,
        payment_id: dispute.paymentId,
        amount: dispute.amount,
        fee: dispute.fee,
        net_amount: dispute.status === 'lost' ? -(dispute.amount + dispute.fee) : 0,
        status: dispute.status,
        reason: dispute.reason,
        created_date: payDate(dispute.createdAt),
        evidence_due_date: payDate(dispute.evidenceDueAt),
        settlement_summary: {},
        _links: { payment: { href: `${root.api}/v1/payments/${dispute.paymentId}`, method: 'GET' } },
      })),
      // Disputes name their page links `links`, not `_links`, in GOV.UK Pay's description.
      links: pageLinks(root, '/v1/disputes', query, result.page, result.lastPage),
    });
  });
}

import { addDays, londonDate, londonMidnight } from './london-time.js';
import type { NotificationRecord } from './notification-store.js';
import type { NotifyState } from './notify-state.js';
import type { TemplateType } from './template-types.js';

// Lists ask for every record on a page, so the cutoffs are worked out once per clock reading.
let lastCutoffs:
  | { readonly at: number; readonly state: NotifyState; readonly cutoffs: Map<TemplateType, number> }
  | undefined;

/**
 * Whether a notification is still kept under the service's data retention for its type: Notify
 * deletes, each night, what was created before London midnight that many days ago (notifications-api
 * `app/celery/nightly_tasks.py`, `_delete_notifications_older_than_retention_by_type`), after which
 * the API no longer finds it.
 */
export function isRetained(state: NotifyState, record: NotificationRecord): boolean {
  const now = state.clock.now();
  if (lastCutoffs?.at !== now.getTime() || lastCutoffs.state !== state) {
    lastCutoffs = { at: now.getTime(), state, cutoffs: new Map() };
  }
  let cutoff = lastCutoffs.cutoffs.get(record.type);
  if (cutoff === undefined) {
    const days = state.service.dataRetentionDays[record.type];
    cutoff = londonMidnight(addDays(londonDate(now), -days)).getTime();
    lastCutoffs.cutoffs.set(record.type, cutoff);
  }
  return record.createdAt.getTime() >= cutoff;
}

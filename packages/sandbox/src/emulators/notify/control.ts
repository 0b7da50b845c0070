import { invalidArgument } from '../../errors.js';
import { receivedTextPayload } from './callback-payloads.js';
import type { CallbackKind } from './callbacks.js';
import type { NotifyState } from './notify-state.js';
import { parsePhoneNumberLikeNotify } from './phone-number.js';
import { toSandboxNotification, toSandboxReceivedText } from './sandbox-notification.js';
import { seedTemplates } from './seed-templates.js';
import { isNotificationStatus } from './statuses.js';
import type { NotifyControl } from './types.js';
import { canonicalUuid, newUuid } from './uuid.js';

const callbackKinds: readonly CallbackKind[] = ['delivery-status', 'received-text'];

/** The test backdoor over an emulator's state. */
export function createNotifyControl(state: NotifyState): NotifyControl {
  return {
    setStatus(id, status) {
      state.settle();
      const record = state.notifications.get(canonicalUuid(id) ?? '');
      if (!record) throw invalidArgument('id', 'is not a stored notification');
      if (!isNotificationStatus(status)) throw invalidArgument('status', 'is not one of Notify’s statuses');
      state.notifications.force(record, status, state.clock.now());
      state.settle();
    },

    receiveText({ from, content, to }) {
      if (typeof from !== 'string' || from.trim() === '')
        throw invalidArgument('from', 'must be a phone number');
      if (typeof content !== 'string') throw invalidArgument('content', 'must be a string');
      if (to !== undefined && typeof to !== 'string') throw invalidArgument('to', 'must be a string');
      let userNumber = from;
      try {
        userNumber = parsePhoneNumberLikeNotify(from).normalised;
      } catch {
        // Notify keeps a sender it cannot parse as it arrived.
      }
      const text = {
        id: newUuid(),
        sequence: state.nextReceivedTextSequence++,
        userNumber,
        notifyNumber: to ?? state.service.inboundNumber,
        content,
        createdAt: state.clock.now(),
      };
      state.receivedTexts.push(text);
      state.callbacks.send('received-text', receivedTextPayload(text));
      return text.id;
    },

    advanceTime(milliseconds) {
      state.clock.advance(milliseconds);
      state.settle();
    },

    now() {
      return state.clock.now();
    },

    registerTemplate(template) {
      return state.templates.register(template);
    },

    archiveTemplate(id) {
      const templateId = canonicalUuid(typeof id === 'string' ? id : '');
      if (templateId === undefined || state.templates.find(templateId) === undefined) {
        throw invalidArgument('id', 'is not a template of the service');
      }
      state.templates.archive(templateId);
    },

    notifications() {
      state.settle();
      return state.notifications.newestFirst().map(toSandboxNotification);
    },

    receivedTexts() {
      return [...state.receivedTexts].sort((a, b) => b.sequence - a.sequence).map(toSandboxReceivedText);
    },

    setCallback({ kind, url, bearerToken }) {
      if (!callbackKinds.includes(kind))
        throw invalidArgument('kind', 'must be delivery-status or received-text');
      if (typeof url !== 'string' || !/^https?:\/\//i.test(url) || !URL.canParse(url)) {
        throw invalidArgument('url', 'must be an http or https URL');
      }
      // Notify's own rule for callback tokens; the token itself never goes into the message.
      if (typeof bearerToken !== 'string' || bearerToken.length < 10) {
        throw invalidArgument('bearerToken', 'must be at least 10 characters');
      }
      state.callbacks.configure(kind, { url, bearerToken });
    },

    clearCallback(kind) {
      state.callbacks.remove(kind);
    },

    callbacksSettled() {
      return state.callbacks.idle();
    },

    forceRateLimit(count) {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument('count', 'must be an integer >= 0');
      state.forcedRateLimits = count;
    },

    reset() {
      state.notifications.clear();
      state.receivedTexts.length = 0;
      state.callbacks.reset();
      state.rateLimiter.reset();
      state.forcedRateLimits = 0;
      state.dailyCounts.clear();
      state.templates.clear();
      for (const template of seedTemplates) state.templates.register(template);
    },
  };
}

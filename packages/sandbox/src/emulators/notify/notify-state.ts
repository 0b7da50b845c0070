import type { CallbackDispatcher } from './callbacks.js';
import type { EmulatorClock } from './clock.js';
import type { NotificationStore } from './notification-store.js';
import type { TokenBucketRateLimiter } from './rate-limiter.js';
import type { ServiceRecord } from './service.js';
import type { TemplateStore } from './template-store.js';

/** Delays and sizes after defaults are applied. */
export interface NotifySettings {
  readonly sendingAfterMs: number;
  readonly finalAfterMs: number;
  readonly letterReceivedAfterMs: number;
  readonly pdfReadyAfterMs: number;
  readonly pageSize: number;
}

/** A text message a user sent to the service. */
export interface ReceivedTextRecord {
  readonly id: string;
  readonly sequence: number;
  readonly userNumber: string;
  readonly notifyNumber: string;
  readonly content: string;
  readonly createdAt: Date;
}

/** Everything one emulator holds; routes and the control backdoor share it. */
export interface NotifyState {
  readonly basePath: string;
  readonly service: ServiceRecord;
  readonly templates: TemplateStore;
  readonly notifications: NotificationStore;
  readonly receivedTexts: ReceivedTextRecord[];
  readonly callbacks: CallbackDispatcher;
  readonly rateLimiter: TokenBucketRateLimiter;
  readonly clock: EmulatorClock;
  readonly settings: NotifySettings;
  /** How many more send requests are refused by `control.forceRateLimit`. */
  forcedRateLimits: number;
  nextReceivedTextSequence: number;
  /** Messages counted against today's daily limits, by kind and UTC date. */
  readonly dailyCounts: Map<string, number>;
  /** Applies every status change due on the clock (and schedules the next one). */
  settle(): void;
}

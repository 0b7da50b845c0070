import { badRequest } from './api-error.js';
import type { NotifyState } from './notify-state.js';
import type { TemplateType } from './template-types.js';

const pluralNames: Readonly<Record<TemplateType, string>> = {
  email: 'emails',
  sms: 'text messages',
  letter: 'letters',
};

/**
 * Throws Notify's "Service is not allowed to send …" when the service lacks the permission for a
 * kind of message (notifications-api `app/notifications/validators.py`, `check_service_has_permission`).
 */
export function assertServiceMaySend(state: NotifyState, type: TemplateType): void {
  if (!state.service.permissions.has(type)) {
    throw badRequest(`Service is not allowed to send ${pluralNames[type]}`);
  }
}

import { invalidArgument } from '../../errors.js';
import { formatNotifyDate, formatNotifyDateOrNull } from './notify-date.js';
import { templatePlaceholders } from './render-template.js';
import type { Postage, TemplateType, TemplateVersion } from './template-types.js';
import { canonicalUuid, newUuid } from './uuid.js';

/** What a test registers: a new template, or a new version of one when `id` is already known. */
export interface TemplateDefinition {
  readonly id?: string;
  readonly type: TemplateType;
  readonly name: string;
  /** Required for email and letter templates; ignored for text messages. */
  readonly subject?: string;
  readonly body: string;
  /** Letters only; defaults to `second`. */
  readonly postage?: Postage;
  readonly letterContactBlock?: string;
  readonly hidden?: boolean;
}

/** Every template of the service with all its versions. */
export class TemplateStore {
  private readonly versions = new Map<string, TemplateVersion[]>();
  private readonly archived = new Set<string>();

  constructor(
    private readonly now: () => Date,
    private readonly createdBy: string,
  ) {}

  /** Adds a template, or a new version of it; returns its id. */
  register(definition: TemplateDefinition): string {
    const id = definition.id === undefined ? newUuid() : canonicalUuid(definition.id);
    if (id === undefined) throw invalidArgument('id', 'must be a UUID');
    if (!['email', 'sms', 'letter'].includes(definition.type)) {
      throw invalidArgument('type', 'must be email, sms or letter');
    }
    if (typeof definition.name !== 'string' || definition.name.trim() === '') {
      throw invalidArgument('name', 'must be a non-empty string');
    }
    if (typeof definition.body !== 'string') throw invalidArgument('body', 'must be a string');
    if (definition.type !== 'sms' && typeof definition.subject !== 'string') {
      throw invalidArgument('subject', `is required for ${definition.type} templates`);
    }
    const history = this.versions.get(id) ?? [];
    const previous = history.at(-1);
    if (previous && previous.type !== definition.type) {
      throw invalidArgument('type', `does not match the template's ${previous.type} type`);
    }
    const now = this.now();
    history.push({
      id,
      type: definition.type,
      name: definition.name,
      subject: definition.type === 'sms' ? null : (definition.subject ?? ''),
      body: definition.body,
      version: (previous?.version ?? 0) + 1,
      createdAt: previous?.createdAt ?? now,
      updatedAt: previous ? now : null,
      createdBy: this.createdBy,
      postage: definition.type === 'letter' ? (definition.postage ?? 'second') : null,
      letterContactBlock: definition.type === 'letter' ? (definition.letterContactBlock ?? null) : null,
      hidden: definition.hidden ?? false,
    });
    this.versions.set(id, history);
    return id;
  }

  /** The latest version, or the given one; hidden templates are not found. */
  find(id: string, version?: number): TemplateVersion | undefined {
    const history = this.versions.get(id);
    const found =
      version === undefined ? history?.at(-1) : history?.find((entry) => entry.version === version);
    return found && !found.hidden ? found : undefined;
  }

  /** A version including hidden templates, for notifications that were sent with it. */
  findAny(id: string, version: number): TemplateVersion | undefined {
    return this.versions.get(id)?.find((entry) => entry.version === version);
  }

  /** Archives a template: Notify refuses sends with it and leaves it out of lists, but still shows it. */
  archive(id: string): void {
    this.archived.add(id);
  }

  /** True once a template has been archived. */
  isArchived(id: string): boolean {
    return this.archived.has(id);
  }

  /** Latest versions of visible, unarchived templates, sorted by name then type as Notify lists them. */
  list(type?: TemplateType): TemplateVersion[] {
    return [...this.versions.values()]
      .map((history) => history.at(-1))
      .filter((entry): entry is TemplateVersion => entry !== undefined && !entry.hidden)
      .filter((entry) => !this.archived.has(entry.id))
      .filter((entry) => type === undefined || entry.type === type)
      .sort((a, b) => compare(a.name, b.name) || compare(a.type, b.type));
  }

  clear(): void {
    this.versions.clear();
    this.archived.clear();
  }
}

/** A template as `GET /v2/template/{id}` returns it. */
export function serializeTemplate(template: TemplateVersion): Record<string, unknown> {
  return {
    id: template.id,
    type: template.type,
    created_at: formatNotifyDate(template.createdAt),
    updated_at: formatNotifyDateOrNull(template.updatedAt),
    created_by: template.createdBy,
    version: template.version,
    body: template.body,
    subject: template.type === 'sms' ? null : template.subject,
    name: template.name,
    personalisation: Object.fromEntries(
      templatePlaceholders(template).map((name) => [name, { required: true }]),
    ),
    postage: template.postage,
    letter_contact_block: template.letterContactBlock,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The three kinds of Notify template and notification. */
export type TemplateType = 'email' | 'sms' | 'letter';

/** Letter postage classes a template or precompiled letter may carry. */
export type Postage = 'first' | 'second' | 'economy';

/** A letter's postage: its template's class, or the zone of a country abroad. */
export type LetterPostage = Postage | 'europe' | 'rest-of-world';

/** One version of a template, as the emulator stores it. */
export interface TemplateVersion {
  readonly id: string;
  readonly type: TemplateType;
  readonly name: string;
  /** Null for text messages. */
  readonly subject: string | null;
  /** Raw content with `((placeholders))`. */
  readonly body: string;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly createdBy: string;
  /** Letters only. */
  readonly postage: Postage | null;
  readonly letterContactBlock: string | null;
  /** Hidden templates (the precompiled-letter one) are never listed or fetched. */
  readonly hidden: boolean;
}

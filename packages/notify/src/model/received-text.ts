/** A text message someone sent to the service's inbound number. */
export interface ReceivedText {
  readonly id: string;
  /** The sender's phone number. */
  readonly from: string;
  /** The service's number the message was sent to. */
  readonly to: string;
  readonly content: string;
  readonly createdAt: Date;
}

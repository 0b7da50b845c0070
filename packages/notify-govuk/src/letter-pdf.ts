import { ConflictError, CouncilKitError, type HttpRequest } from '@councilkit/core';

type Get = (
  path: string,
  options: Pick<HttpRequest, 'signal' | 'timeoutMs'>,
  bytes: boolean,
) => Promise<unknown>;

/**
 * Fetches a letter's PDF. Notify answers 400 `PDFNotReadyError` while the letter is still being
 * checked or rendered: that is not bad input but a state that passes, so it becomes a retryable
 * `ConflictError`.
 */
export async function getLetterPdf(
  get: Get,
  id: string,
  options: Pick<HttpRequest, 'signal' | 'timeoutMs'>,
): Promise<Uint8Array> {
  try {
    return (await get(`/v2/notifications/${id}/pdf`, options, true)) as Uint8Array;
  } catch (error) {
    if (CouncilKitError.isInstance(error) && error.providerCode === 'PDFNotReadyError') {
      throw new ConflictError('The letter’s PDF is not ready yet: try again in a few seconds', {
        provider: error.provider,
        status: error.status,
        providerCode: error.providerCode,
        providerMessage: error.providerMessage,
        retryable: true,
        cause: error,
      });
    }
    throw error;
  }
}

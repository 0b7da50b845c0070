import {
  type AnyCouncilKitError,
  abortedBeforeSending,
  type FailureContext,
  isSilentLogger,
  type Logger,
  parseInput,
  toCouncilKitError,
} from '@councilkit/core';
import { type CallOptions, callOptionsSchema } from './model.js';

/** Fields safe to log: ids, amounts, statuses, counts. Never references, emails, descriptions or card details. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** What an adapter's method is handed besides its input: the caller's options and the block's logger. */
export interface CallContext extends CallOptions {
  /** Redacting logger bound to the provider; silent unless the caller asked for logs. */
  readonly logger: Logger;
}

/** One port method as the runner sees it. */
export interface Operation<Input, Result = unknown> {
  readonly name: string;
  /** True for methods that create or move money. */
  readonly writes?: boolean;
  /** Checks the call's input, throwing `ValidationError` naming the field. */
  readonly parse: () => Input;
  readonly startFields?: (input: Input) => LogFields;
  readonly finishFields?: (result: Result) => LogFields;
}

/** Runs port methods: input and options checked first, then the adapter, logged, with errors made typed. */
export interface CallRunner {
  call<Input, Result>(
    operation: Operation<Input, Result>,
    options: unknown,
    invoke: (input: Input, context: CallContext) => Promise<Result>,
  ): Promise<Result>;
  listing<Input, Item>(
    operation: Operation<Input>,
    options: unknown,
    invoke: (input: Input, context: CallContext) => AsyncIterable<Item>,
  ): AsyncIterable<Item>;
}

/** Makes the runner every method of one provider goes through. */
export function createCallRunner(provider: string, logger: Logger): CallRunner {
  const debug = isSilentLogger(logger) ? undefined : logger;
  const contextOf = (operation: Operation<unknown>, options?: CallOptions): FailureContext => ({
    provider,
    operation: operation.name,
    mayHaveActed: operation.writes ?? false,
    signal: options?.signal,
  });

  const logFailure = (name: string, startedAt: number, error: AnyCouncilKitError) => {
    logger.warn(
      {
        operation: name,
        durationMs: elapsedSince(startedAt),
        errorCode: error.code,
        field: error.code === 'validation_failed' ? error.field : undefined,
        httpStatus: error.status,
        providerCode: error.providerCode,
        retryable: error.retryable,
        outcomeUnknown: error.outcomeUnknown || undefined,
      },
      `${name} failed`,
    );
  };

  const prepare = <Input, Result>(
    operation: Operation<Input, Result>,
    rawOptions: unknown,
    startedAt: number,
  ) => {
    try {
      const input = operation.parse();
      const options: CallOptions =
        rawOptions === undefined ? {} : parseInput(callOptionsSchema(), rawOptions, provider);
      debug?.debug(
        { operation: operation.name, ...safely(() => operation.startFields?.(input)) },
        `${operation.name} started`,
      );
      if (options.signal?.aborted)
        throw abortedBeforeSending(contextOf(operation as Operation<unknown>, options));
      return { input, context: { ...options, logger } as CallContext };
    } catch (error) {
      const typed = toCouncilKitError(error, contextOf(operation as Operation<unknown>));
      logFailure(operation.name, startedAt, typed);
      throw typed;
    }
  };

  return {
    async call(operation, rawOptions, invoke) {
      const startedAt = performance.now();
      const { input, context } = prepare(operation, rawOptions, startedAt);
      let result: Awaited<ReturnType<typeof invoke>>;
      try {
        result = await invoke(input, context);
      } catch (error) {
        const typed = toCouncilKitError(error, contextOf(operation as Operation<unknown>, context));
        logFailure(operation.name, startedAt, typed);
        throw typed;
      }
      debug?.debug(
        {
          operation: operation.name,
          durationMs: elapsedSince(startedAt),
          ...safely(() => operation.finishFields?.(result)),
        },
        `${operation.name} finished`,
      );
      return result;
    },

    listing<Input, Item>(
      operation: Operation<Input>,
      rawOptions: unknown,
      invoke: (input: Input, context: CallContext) => AsyncIterable<Item>,
    ): AsyncIterable<Item> {
      // Checked when the method is called, so a bad filter fails at once rather than at the first page.
      const { input, context } = prepare(operation, rawOptions, performance.now());
      const failureContext = contextOf(operation as Operation<unknown>, context);
      return {
        [Symbol.asyncIterator]() {
          const startedAt = performance.now();
          let source: AsyncIterator<Item> | undefined;
          let count = 0;
          return {
            async next() {
              try {
                source ??= invoke(input, context)[Symbol.asyncIterator]();
                const result = await source.next();
                if (result.done)
                  debug?.debug(
                    { operation: operation.name, count, durationMs: elapsedSince(startedAt) },
                    `${operation.name} finished`,
                  );
                else count += 1;
                return result;
              } catch (error) {
                const typed = toCouncilKitError(error, failureContext);
                logFailure(operation.name, startedAt, typed);
                throw typed;
              }
            },
            async return() {
              // Lets the adapter's generator run its `finally` when the caller breaks out of the loop.
              await source?.return?.();
              return { done: true, value: undefined } as IteratorReturnResult<undefined>;
            },
          };
        },
      };
    },
  };
}

// A log line must never turn a call that worked (perhaps a payment that was made) into a failure.
function safely(fields: () => LogFields | undefined): LogFields | undefined {
  try {
    return fields();
  } catch {
    return undefined;
  }
}

function elapsedSince(startedAt: number): number {
  return Math.round(performance.now() - startedAt);
}

import {
  type AnyCouncilKitError,
  abortedBeforeSending,
  type FailureContext,
  isSilentLogger,
  type Logger,
  parseInput,
  toCouncilKitError,
} from '@councilkit/core';
import { type CallOptions, callOptionsSchema } from './model/call-options.js';

/** Fields safe to log: ids, template ids, statuses, counts. Never recipients, personalisation or references. */
export type LogFields = Record<string, string | number | boolean | readonly string[] | undefined>;

/** Which method is running, for logs and errors. */
interface OperationIdentity {
  readonly name: string;
  /** True for methods that send a message. */
  readonly sends?: boolean;
}

/**
 * One port method as the runner sees it: made once per provider, not per call, so a call allocates
 * nothing for its description.
 */
export interface Operation<Raw, Input, Result = unknown> extends OperationIdentity {
  /** Checks the call's arguments, throwing `ValidationError` naming the field (or `UnsupportedError`). */
  readonly parse: (raw: Raw) => Input;
  /** Calls the adapter with the checked input and options. */
  readonly run: (input: Input, options: CallOptions) => Result;
  readonly startFields?: (input: Input) => LogFields;
  readonly finishFields?: (result: Awaited<Result>) => LogFields;
}

/** Runs port methods: input and options checked first, then the adapter, logged, with errors made typed. */
export interface CallRunner {
  call<Raw, Input, Result>(
    operation: Operation<Raw, Input, Promise<Result>>,
    raw: Raw,
    options: unknown,
  ): Promise<Result>;
  listing<Raw, Input, Item>(
    operation: Operation<Raw, Input, AsyncIterable<Item>>,
    raw: Raw,
    options: unknown,
  ): AsyncIterable<Item>;
}

/** Makes the runner every method of one provider goes through. */
export function createCallRunner(provider: string, logger: Logger): CallRunner {
  // Debug lines are the per-call ones; with a silent logger their fields are never built, nor
  // the clock read for their durations.
  const debug = isSilentLogger(logger) ? undefined : logger;
  const now = debug ? () => performance.now() : () => 0;
  const contextOf = (operation: OperationIdentity, options?: CallOptions): FailureContext => ({
    provider,
    operation: operation.name,
    mayHaveActed: operation.sends ?? false,
    signal: options?.signal,
  });

  const logFailure = (operation: OperationIdentity, startedAt: number, error: AnyCouncilKitError) => {
    logger.warn(
      {
        operation: operation.name,
        durationMs: elapsedSince(startedAt),
        errorCode: error.code,
        field: error.code === 'validation_failed' ? error.field : undefined,
        httpStatus: error.status,
        providerCode: error.providerCode,
        retryable: error.retryable,
        outcomeUnknown: error.outcomeUnknown || undefined,
      },
      `${operation.name} failed`,
    );
  };

  // Checks the input, then the options, before the adapter sees either.
  const prepare = <Raw, Input, Result>(
    operation: Operation<Raw, Input, Result>,
    raw: Raw,
    rawOptions: unknown,
    startedAt: number,
  ) => {
    try {
      const input = operation.parse(raw);
      // Most calls pass no options: nothing to check then.
      const options = rawOptions === undefined ? {} : parseInput(callOptionsSchema(), rawOptions, provider);
      debug?.debug(
        { operation: operation.name, ...operation.startFields?.(input) },
        `${operation.name} started`,
      );
      if (options.signal?.aborted) throw abortedBeforeSending(contextOf(operation, options));
      return { input, options };
    } catch (error) {
      const typed = toCouncilKitError(error, contextOf(operation));
      logFailure(operation, startedAt, typed);
      throw typed;
    }
  };

  return {
    async call(operation, raw, rawOptions) {
      const startedAt = now();
      const { input, options } = prepare(operation, raw, rawOptions, startedAt);
      let result: Awaited<ReturnType<typeof operation.run>>;
      try {
        result = await operation.run(input, options);
      } catch (error) {
        const typed = toCouncilKitError(error, contextOf(operation, options));
        logFailure(operation, startedAt, typed);
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

    listing(operation, raw, rawOptions) {
      // Checked when the method is called, so a bad filter fails at once rather than at the first page.
      const { input, options } = prepare(operation, raw, rawOptions, now());
      const context = contextOf(operation, options);
      return {
        [Symbol.asyncIterator]() {
          const startedAt = now();
          let source: ReturnType<ReturnType<typeof operation.run>[typeof Symbol.asyncIterator]> | undefined;
          let count = 0;
          let finished = false;
          const finish = (stoppedEarly: boolean) => {
            if (finished) return;
            finished = true;
            const fields = {
              operation: operation.name,
              durationMs: elapsedSince(startedAt),
              count,
              stoppedEarly,
            };
            debug?.debug(fields, `${operation.name} finished`);
          };
          return {
            async next() {
              try {
                source ??= operation.run(input, options)[Symbol.asyncIterator]();
                const result = await source.next();
                if (result.done) finish(false);
                else count += 1;
                return result;
              } catch (error) {
                finished = true;
                const typed = toCouncilKitError(error, context);
                logFailure(operation, startedAt, typed);
                throw typed;
              }
            },
            async return() {
              // Lets the adapter's generator run its `finally` when the caller breaks out of the loop.
              await source?.return?.();
              finish(true);
              return { done: true, value: undefined };
            },
          };
        },
      };
    },
  };
}

// A log line must never turn a call that worked (perhaps a message that was sent) into a failure.
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

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

/** One port method as the runner sees it. */
export interface Operation<Input, Result = unknown> extends OperationIdentity {
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
    invoke: (input: Input, options: CallOptions) => Promise<Result>,
  ): Promise<Result>;
  listing<Input, Item>(
    operation: Operation<Input>,
    options: unknown,
    invoke: (input: Input, options: CallOptions) => AsyncIterable<Item>,
  ): AsyncIterable<Item>;
}

/** Makes the runner every method of one provider goes through. */
export function createCallRunner(provider: string, logger: Logger): CallRunner {
  // Debug lines are the per-call ones; with a silent logger their fields are never built.
  const debug = isSilentLogger(logger) ? undefined : logger;
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
  const prepare = <Input, Result>(
    operation: Operation<Input, Result>,
    rawOptions: unknown,
    startedAt: number,
  ) => {
    try {
      const input = operation.parse();
      // Most calls pass no options: nothing to check then.
      const options = rawOptions === undefined ? {} : parseInput(callOptionsSchema, rawOptions, provider);
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
    async call(operation, rawOptions, invoke) {
      const startedAt = performance.now();
      const { input, options } = prepare(operation, rawOptions, startedAt);
      let result: Awaited<ReturnType<typeof invoke>>;
      try {
        result = await invoke(input, options);
      } catch (error) {
        const typed = toCouncilKitError(error, contextOf(operation, options));
        logFailure(operation, startedAt, typed);
        throw typed;
      }
      const fields = { operation: operation.name, durationMs: elapsedSince(startedAt) };
      debug?.debug(
        { ...fields, ...safely(() => operation.finishFields?.(result)) },
        `${operation.name} finished`,
      );
      return result;
    },

    listing(operation, rawOptions, invoke) {
      // Checked when the method is called, so a bad filter fails at once rather than at the first page.
      const { input, options } = prepare(operation, rawOptions, performance.now());
      const context = contextOf(operation, options);
      return {
        [Symbol.asyncIterator]() {
          const startedAt = performance.now();
          let source: ReturnType<ReturnType<typeof invoke>[typeof Symbol.asyncIterator]> | undefined;
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
                source ??= invoke(input, options)[Symbol.asyncIterator]();
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

/**
 * The LOADLINE worksheet functions, as Excel sees them. Thin: each wraps a pure answer from
 * src/app/functions as a streaming function, so its cell changes when a new check lands.
 * The JSDoc tags below are the functions' metadata: custom-functions-metadata-plugin reads them
 * at build time to write functions.json and appends the CustomFunctions.associate calls to this
 * file (see webpack.config.js). Nothing here is written twice by hand.
 *
 * This module must only be loaded where the CustomFunctions global exists (the shared runtime
 * of a host with custom functions): the appended associate calls need it. See register.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a worksheet argument may be a number, text or a boolean: "any" is how the metadata says so */
import { conflictCount, freeHours, projectForecast, projectStatus, utilisation } from '../../../app/functions/answers';
import type { FunctionAnswer } from '../../../app/functions/answer';
import type { ArgumentValue } from '../../../app/functions/arguments';
import type { FigureIndex } from '../../../app/functions/figure-index';
import { latestFigures } from '../../../app/functions/latest-figures';
import { streamAnswer } from '../../../app/functions/stream-answer';

/**
 * Utilisation of a person in a week, from Loadline's latest check: (ops + booked project hours) / capacity.
 * @customfunction UTILISATION
 * @param person The person's name, as on the Staff sheet.
 * @param week A date inside the week, or text such as "2026-W10" or "2026-03-02".
 * @param invocation Streaming invocation.
 * @streaming
 */
export function utilisationFunction(person: any, week: any, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (index) => utilisation(index, arg(person), arg(week)));
}

/**
 * Spare hours of a person between two dates (inclusive), from Loadline's latest check.
 * @customfunction FREEHOURS
 * @param person The person's name, as on the Staff sheet.
 * @param from First day: a date, or text such as "2026-03-02".
 * @param to Last day: a date, or text such as "2026-03-31".
 * @param invocation Streaming invocation.
 * @streaming
 */
export function freeHoursFunction(person: any, from: any, to: any, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (index) => freeHours(index, arg(person), arg(from), arg(to)));
}

/**
 * How many of the latest check's conflicts are about a person, project or duty.
 * @customfunction CONFLICTS
 * @param name A person's, project's or duty's name.
 * @param invocation Streaming invocation.
 * @streaming
 */
export function conflictsFunction(name: any, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (index) => conflictCount(index, arg(name)));
}

/**
 * A project's status on scope, time or cost from Loadline's latest check: "green", "amber" or "red".
 * @customfunction STATUS
 * @param project The project's name, as on the Projects sheet.
 * @param aspect "scope", "time" or "cost".
 * @param invocation Streaming invocation.
 * @streaming
 */
export function statusFunction(project: any, aspect: any, invocation: CustomFunctions.StreamingInvocation<string>): void {
  stream(invocation, (index) => projectStatus(index, arg(project), arg(aspect)));
}

/**
 * A project's forecast finish (a date) or forecast cost, from Loadline's latest check.
 * @customfunction FORECAST
 * @param project The project's name, as on the Projects sheet.
 * @param what "finish" or "cost".
 * @param invocation Streaming invocation.
 * @streaming
 */
export function forecastFunction(project: any, what: any, invocation: CustomFunctions.StreamingInvocation<number>): void {
  stream(invocation, (index) => projectForecast(index, arg(project), arg(what)));
}

/** A worksheet argument as the pure layer reads it; anything else (a matrix) is not a value. */
function arg(value: any): ArgumentValue {
  const kind = typeof value;
  return value === null || value === undefined || kind === 'string' || kind === 'number' || kind === 'boolean' ? value as ArgumentValue : undefined;
}

/** Streams an answer into the invocation until Excel cancels it; errors become Excel errors with their message. */
function stream<T extends number | string>(invocation: CustomFunctions.StreamingInvocation<T>, answer: (index: FigureIndex) => FunctionAnswer<T>): void {
  const stop = streamAnswer(latestFigures, answer, (result) => {
    if (typeof result === 'object') {
      const code = CustomFunctions.ErrorCode[result.error];
      invocation.setResult(new CustomFunctions.Error(code, result.message));
    } else {
      invocation.setResult(result);
    }
  });
  invocation.onCanceled = stop;
}

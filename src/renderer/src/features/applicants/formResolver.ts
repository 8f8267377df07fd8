import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

export interface FormIssue {
  path: string;
  /** A field problem code ('required', 'invalidDate', …): `formMessage` turns it into a sentence. */
  problem: string;
}

/**
 * Names a problem the shared schema did not name itself, by the same codes the core uses
 * (`fieldProblemOf`), so the sentence under a field is the one the core would give. An empty field
 * reads "Required." rather than "Choose one of the listed values.".
 */
function problemOf(issue: z.core.$ZodRawIssue): string {
  if (issue.input === '') return 'required';
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array' ? 'tooMany' : 'tooLong';
    case 'too_small':
      return issue.minimum === 1 ? 'required' : 'tooShort';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalidType';
    case 'invalid_value':
    case 'invalid_union':
      return 'invalidChoice';
    case 'unrecognized_keys':
      return 'unknownField';
    default:
      return 'invalid';
  }
}

/**
 * A zodResolver over a shared schema, fed with what will really be sent: the form's values are first
 * turned into the schema's input (typed dates into ISO dates, say). The submit handler receives that
 * input unparsed, so empty strings still say "cleared" in an edit. Rules that only the form knows
 * (a decision must say whether reasons were given) add their own problems.
 */
export function sharedSchemaResolver<V extends FieldValues, I extends FieldValues>(
  schema: z.ZodType<unknown, I>,
  toInput: (values: V) => I,
  formIssues: (values: V) => FormIssue[] = () => [],
): Resolver<V, unknown, I> {
  const resolve = zodResolver(schema as never, { error: problemOf }, { raw: true }) as unknown as Resolver<
    I,
    unknown,
    I
  >;
  return async (values, context, options) => {
    const input = toInput(values);
    const result = await resolve(input, context, options as never);
    const extra = formIssues(values);
    if (extra.length === 0 && Object.keys(result.errors).length === 0) return { values: input, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of extra) errors[issue.path] ??= { type: issue.problem, message: issue.problem };
    Object.assign(errors, result.errors);
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}

import { GraphQLField, GraphQLFieldResolver, GraphQLResolveInfo, getNullableType, isInputObjectType } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { BadUserInputError } from '../errors/app-errors';
import { checkArguments, formatPath } from './check-arguments';

/** Stable reasons for class-validator's constraints; anything else is INVALID. */
const REASONS: Record<string, string> = {
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  isLength: 'INVALID_LENGTH',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  arrayMaxSize: 'TOO_MANY',
  arrayMinSize: 'TOO_FEW',
  matches: 'INVALID_FORMAT',
  isEmail: 'INVALID_EMAIL',
  isUrl: 'INVALID_URL',
  isIn: 'INVALID_VALUE',
};

/** The first failing property, depth first, with its path inside the validated value. */
function firstFailure(errors: ValidationError[], path: (string | number)[] = []): { path: (string | number)[]; error: ValidationError } | null {
  for (const error of errors) {
    const here = [...path, /^\d+$/.test(error.property) ? Number(error.property) : error.property];
    if (error.constraints && Object.keys(error.constraints).length > 0) return { path: here, error };
    const inner = firstFailure(error.children ?? [], here);
    if (inner) return inner;
  }
  return null;
}

/**
 * class-validator reports properties of the validated value; the client needs the argument path. An
 * input argument (`input`, `filter`) holds the property as a field; an @Args class's property is the
 * argument itself.
 */
function argumentPrefix(field: GraphQLField<unknown, unknown>, property: string | number): string[] {
  if (typeof property === 'number') return [];
  const holder = field.args.find((arg) => {
    const type = getNullableType(arg.type);
    return isInputObjectType(type) && property in type.getFields();
  });
  return holder ? [holder.name] : [];
}

export function validationErrorToInput(error: ArgumentValidationError, info: GraphQLResolveInfo): BadUserInputError {
  const errors = error.extensions?.validationErrors ?? [];
  const failure = firstFailure(errors);
  if (!failure) return new BadUserInputError('Invalid input', info.fieldName, 'INVALID');
  const field = info.parentType.getFields()[info.fieldName];
  const path = [...argumentPrefix(field, failure.path[0]), ...failure.path];
  const [constraint, message] = Object.entries(failure.error.constraints ?? {})[0] ?? ['', 'is invalid'];
  return new BadUserInputError(message, formatPath(path), REASONS[constraint] ?? 'INVALID');
}

/**
 * Every argument of every field passes here before its resolver (and its access guard) runs:
 * checkArguments refuses what the database cannot store or a later read cannot handle, and
 * class-validator failures are reported with the full argument path and a reason, like every other
 * BAD_USER_INPUT. Wrapped around the resolvers of fields with arguments only (see server/schema.ts):
 * a type-graphql global middleware would turn every scalar field of every row into a promise chain.
 */
export function withInputChecks<TSource, TContext>(
  field: GraphQLField<TSource, TContext>,
  resolve: GraphQLFieldResolver<TSource, TContext>,
): GraphQLFieldResolver<TSource, TContext> {
  const translate = (error: unknown, info: GraphQLResolveInfo) => (error instanceof ArgumentValidationError ? validationErrorToInput(error, info) : error);
  return (source, args, context, info) => {
    checkArguments(field as GraphQLField<unknown, unknown>, args);
    try {
      const result = resolve(source, args, context, info);
      return isPromise(result) ? result.catch((error: unknown) => Promise.reject(translate(error, info))) : result;
    } catch (error) {
      throw translate(error, info);
    }
  };
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

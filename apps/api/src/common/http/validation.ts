import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** One problem with one field, kept structured so the error filter can word it in the reader's language. */
export interface FieldProblem {
  field: string;
  constraint: string;
  params: Record<string, string | number>;
}

export class ValidationFailedException extends BadRequestException {
  constructor(readonly problems: FieldProblem[]) {
    super('validation');
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => ({
      field,
      constraint,
      params: constraintParams(error, constraint),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator keeps the limits in its messages only; the metadata we need is in `contexts` we set on DTOs. */
function constraintParams(error: ValidationError, constraint: string): Record<string, string | number> {
  const context = (error.contexts?.[constraint] ?? {}) as Record<string, string | number>;
  const message = error.constraints?.[constraint] ?? '';
  const number = message.match(/(\d+)/)?.[1];
  if (constraint === 'maxLength' || constraint === 'max' || constraint === 'arrayMaxSize') return { max: number ?? '', ...context };
  if (constraint === 'minLength' || constraint === 'min' || constraint === 'arrayMinSize') return { min: number ?? '', ...context };
  return context;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(flatten(errors)),
  });
}

/** For `@Transform(trim)`: what people type, without the spaces around it; anything else unchanged. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/** Text that is not empty or only spaces (rule `notBlank`). */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: () => '$property must not be empty',
      },
    },
    options,
  );
}

/**
 * A field an update may leave out (to keep the stored value) but not clear: `null` is refused
 * with rule `notNull` instead of reaching a NOT NULL column. Replaces `@IsOptional()`, which lets
 * null through; the field's other rules apply when it is given.
 */
export function Omittable(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((_object, value) => value !== undefined)(target, key);
    ValidateBy({
      name: 'notNull',
      validator: {
        validate: (value: unknown) => value !== null,
        defaultMessage: () => '$property cannot be null: leave it out to keep it',
      },
    })(target, key);
  };
}

/** A list of texts none of which repeats another, ignoring case and surrounding spaces (rule `distinct`). */
export function DistinctTexts(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'distinct',
      validator: {
        validate: (value: unknown) => {
          if (!Array.isArray(value)) return true;
          const keys = (value as unknown[]).map((v) =>
            typeof v === 'string' ? v.trim().toLowerCase() : v,
          );
          return new Set(keys).size === keys.length;
        },
        defaultMessage: () => '$property must not repeat an entry',
      },
    },
    options,
  );
}

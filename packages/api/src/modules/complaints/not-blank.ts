import { ValidateBy, type ValidationOptions } from 'class-validator';

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

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsEmail,
  IsObject,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

/** Optional field; with nullable, an explicit null clears the value. */
export function Optional({ nullable = false } = {}) {
  return nullable ? ValidateIf((_, value) => value !== undefined && value !== null) : IsOptional();
}

interface FieldOptions {
  required?: boolean;
  nullable?: boolean;
  description?: string;
}

function doc(options: FieldOptions, extra: Record<string, unknown>) {
  const meta = { description: options.description, nullable: options.nullable, ...extra };
  return options.required ? ApiProperty(meta) : ApiPropertyOptional(meta);
}

function presence(options: FieldOptions) {
  return options.required ? [] : [Optional({ nullable: options.nullable })];
}

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export function TextField(maxLength: number, options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: String, maxLength }),
    ...presence(options),
    trim,
    IsString(),
    ...(options.required ? [MinLength(1, { message: 'must not be empty' })] : []),
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` }),
  );
}

export function EmailField(options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: String, format: 'email', maxLength: 200 }),
    ...presence(options),
    trim,
    IsEmail({}, { message: 'must be an email address' }),
    MaxLength(200),
  );
}

export function PhoneField(options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: String, maxLength: 40 }),
    ...presence(options),
    trim,
    Matches(/^[+0-9 ()\-#.]{3,40}$/, { message: 'must be a phone number (digits, spaces, + - ( ) #)' }),
  );
}

export function EnumField<T extends string>(values: readonly T[], enumName: string, options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { enum: values, enumName }),
    ...presence(options),
    IsIn(values as T[], { message: `must be one of: ${values.join(', ')}` }),
  );
}

/** A picklist key: validated for shape here; the allowed keys are configuration. */
export function KeyField(options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: String, maxLength: 40, pattern: '^[A-Za-z0-9_.-]+$' }),
    ...presence(options),
    Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'must be a key of letters, digits, _ . -' }),
  );
}

export function IntField(options: FieldOptions & { min?: number; max?: number } = {}) {
  return applyDecorators(
    doc(options, { type: Number, minimum: options.min, maximum: options.max }),
    ...presence(options),
    Type(() => Number),
    IsInt({ message: 'must be an integer' }),
    ...(options.min !== undefined ? [Min(options.min)] : []),
    ...(options.max !== undefined ? [Max(options.max)] : []),
  );
}

export function IdField(options: FieldOptions = {}) {
  return IntField({ ...options, min: 1 });
}

/** Money and other exact decimals travel as strings so no float ever touches them. */
export function DecimalField(precision: number, scale: number, options: FieldOptions = {}) {
  const whole = precision - scale;
  const pattern = new RegExp(`^-?\\d{1,${whole}}(\\.\\d{1,${scale}})?$`);
  return applyDecorators(
    doc(options, { type: String, pattern: pattern.source, example: '10000.00' }),
    ...presence(options),
    Transform(({ value }) => (typeof value === 'number' ? String(value) : value)),
    Matches(pattern, { message: `must be a decimal with at most ${whole} digits before and ${scale} after the point` }),
  );
}

export function DateField(options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: String, format: 'date' }),
    ...presence(options),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' }),
    IsDateString({ strict: true }, { message: 'must be a real calendar date' }),
  );
}

export function DateTimeField(options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: String, format: 'date-time' }),
    ...presence(options),
    IsDateString({ strict: true }, { message: 'must be an ISO 8601 date-time' }),
  );
}

export function BoolField(options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: Boolean }),
    ...presence(options),
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean({ message: 'must be true or false' }),
  );
}

export function StringListField(maxItems: number, maxLength: number, options: FieldOptions = {}) {
  return applyDecorators(
    doc(options, { type: [String], maxItems }),
    ...presence(options),
    IsString({ each: true, message: 'must be a list of strings' }),
    MaxLength(maxLength, { each: true, message: `each item must be at most ${maxLength} characters` }),
  );
}

/** The customFields object of a record: checked against the field definitions by the service. */
export function CustomFieldsInput() {
  return applyDecorators(
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: true,
      description: 'Custom field values by field key; null clears one',
    }),
    IsOptional(),
    IsObject({ message: 'must be an object of field key to value' }),
  );
}

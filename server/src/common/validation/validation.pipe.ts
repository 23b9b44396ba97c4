import { type ArgumentMetadata, type ValidationError, ValidationPipe } from '@nestjs/common';
import { type FieldProblem, invalid } from '../errors/app-error.js';
import { ListQueryDto } from '../pagination/list-query.dto.js';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      reason: rule === 'whitelistValidation' ? 'is not an accepted field' : message.replace(`${error.property} `, ''),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Unknown and server-managed fields are rejected rather than dropped, so a client learns at once
 * that a value it sent was not stored. List queries also take custom-field filters as
 * `cf.<key>=value` (or `cf.<key>.gte=` / `.lte=`); they arrive in `customFieldFilters`, checked
 * against the field definitions by the list itself.
 */
class CrmValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isList = metadata.type === 'query' && metadata.metatype?.prototype instanceof ListQueryDto;
    if (!isList || !value || typeof value !== 'object') return super.transform(value, metadata);
    const filters: Record<string, string> = {};
    const rest: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(value)) {
      if (!key.startsWith('cf.')) rest[key] = raw;
      else if (typeof raw === 'string') filters[key.slice(3)] = raw;
      else throw invalid([{ field: key, reason: 'must be given once' }]);
    }
    const query = (await super.transform(rest, metadata)) as ListQueryDto;
    if (Object.keys(filters).length) query.customFieldFilters = filters;
    return query;
  }
}

export const validationPipe = new CrmValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  exceptionFactory: (errors) => invalid(flatten(errors)),
});

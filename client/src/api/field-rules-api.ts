import { http, unwrap } from './http';
import type { SetFieldRuleBody } from './types';

export const fieldRulesApi = {
  list: () => unwrap(http.GET('/field-rules')),
  set: (module: string, field: string, body: SetFieldRuleBody) =>
    unwrap(http.PUT('/field-rules/{module}/{field}', { params: { path: { module, field } }, body })),
};

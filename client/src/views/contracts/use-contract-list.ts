import { computed } from 'vue';
import { contractsApi } from '@/api/contracts-api';
import type { Contract, ContractStatus } from '@/api/types';
import { useChosenColumns } from '@/composables/use-chosen-columns';
import { useListQuery } from '@/composables/use-list-query';
import { contractColumns, type ContractColumnContext } from './contract-columns';

/** The filters GET /contracts offers. Empty values are not sent; "ending soon" only when switched on. */
export interface ContractFilters {
  q: string;
  status: ContractStatus | '';
  customerId: number | undefined;
  ownerId: number | undefined;
  endingSoon: boolean;
}

const EMPTY_CONTRACT_FILTERS: ContractFilters = { q: '', status: '', customerId: undefined, ownerId: undefined, endingSoon: false };

/** The contract list: query state and the user's columns. */
export function useContractList(columnContext: () => ContractColumnContext) {
  const list = useListQuery<ContractFilters, Contract>({
    fetchPage: ({ status, endingSoon, ...request }) => contractsApi.list({ ...request, ...(status ? { status } : {}), ...(endingSoon ? { endingSoon } : {}) }),
    filters: EMPTY_CONTRACT_FILTERS,
    sort: { key: 'createdAt', order: 'desc' },
  });
  const allColumns = computed(() => contractColumns(columnContext()));
  return { list, allColumns, ...useChosenColumns('contracts', allColumns) };
}

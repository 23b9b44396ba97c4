import { shallowRef, watch } from 'vue';
import { contactsApi } from '@/api/contacts-api';
import type { Contact } from '@/api/types';
import { useSessionStore } from '@/stores/session';

/** A customer's contacts, by name, to choose from; none while no customer is chosen or contacts are not readable. */
export function useCustomerContacts(customerId: () => number | undefined) {
  const session = useSessionStore();
  const contacts = shallowRef<Contact[]>([]);

  watch(
    customerId,
    async (id) => {
      contacts.value = [];
      if (id === undefined || !session.can('read', 'contacts')) return;
      try {
        const found = (await contactsApi.list({ customerId: id, pageSize: 200, sort: 'name', order: 'asc' })).items;
        if (customerId() === id) contacts.value = found;
      } catch {
        // Nothing to choose from; the contact stays optional.
      }
    },
    { immediate: true },
  );

  return contacts;
}

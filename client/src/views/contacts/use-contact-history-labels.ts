import { useHistoryLabels } from '@/composables/use-history-labels';
import { CONTACT_ROLE_PICKLIST } from './contact-form-model';

/** How the fields and stored values in a contact's history read. */
export function useContactHistoryLabels() {
  return useHistoryLabels('contacts', { labels: 'contacts.fields', picklists: { contactRole: CONTACT_ROLE_PICKLIST }, flags: ['isPrimary'] });
}

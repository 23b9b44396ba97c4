import { defineComponent, type PropType } from 'vue';
import { useSessionStore } from '@/stores/session';
import type { Action, Subject } from '@/utils/ability';

/**
 * Shows its content only when the user may take the action: on the module, or on one record
 * when its owner is given. It hides what the server would refuse; the server still decides.
 */
export const Can = defineComponent({
  name: 'Can',
  props: {
    action: { type: String as PropType<Action>, required: true },
    subject: { type: String as PropType<Subject>, required: true },
    ownerId: { type: Number, default: undefined },
  },
  setup(props, { slots }) {
    const session = useSessionStore();
    return () => (session.can(props.action, props.subject, props.ownerId) ? slots.default?.() : null);
  },
});

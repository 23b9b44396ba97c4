import { onScopeDispose, ref, type Ref } from 'vue';

/** Phones get the drawer menu, full-screen dialogs and stacked forms. */
const PHONE_QUERY = '(max-width: 767px)';

/** Whether the viewport is phone-sized, following resizes and rotation. */
export function useIsPhone(): Ref<boolean> {
  const media = window.matchMedia(PHONE_QUERY);
  const isPhone = ref(media.matches);
  const update = (event: MediaQueryListEvent) => {
    isPhone.value = event.matches;
  };
  media.addEventListener('change', update);
  onScopeDispose(() => media.removeEventListener('change', update));
  return isPhone;
}

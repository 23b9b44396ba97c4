import { onActivated } from 'vue';

/** A kept-alive list page fetches its page again when the user comes back from a record. */
export function useReloadOnReturn(reload: () => Promise<void>): void {
  let firstActivation = true;
  onActivated(() => {
    if (!firstActivation) void reload();
    firstActivation = false;
  });
}

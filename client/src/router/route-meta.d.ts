import type { Component } from 'vue';
import type { Permission } from '@/utils/ability';
import type { MessageKey } from '@/locales/message-key';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey: MessageKey;
    /** What the user must be allowed to do to open the page. */
    permission?: Permission;
    /** Pages anyone may open, signed in or not. */
    public?: boolean;
    /** Listed in the sidebar, in this order, with this icon. */
    navOrder?: number;
    navIcon?: Component;
    /** Listed inside this sidebar group rather than at the top level. */
    navGroup?: 'admin';
  }
}

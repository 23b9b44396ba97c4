import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './locales';
import { installRouterGuards, router } from './router';
import './styles/app.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
installRouterGuards();
app.use(router);
app.mount('#app');

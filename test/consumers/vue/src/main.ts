import { createApp } from 'vue';
import App from './App.vue';
// The one line a Vue app adds for the package's template types (Vue's GlobalComponents are not
// augmented from the package's entry types: see the README).
import type {} from 'meeting-locator/vue';

createApp(App).mount('#app');

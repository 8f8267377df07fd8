import { defineMessages } from '../defineMessages';

export const incidentsMessages = defineMessages({
  en: {},
  ru: {},
  kk: {},
});

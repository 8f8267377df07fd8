import { defineMessages } from '../defineMessages';

export const applicantsMessages = defineMessages({
  en: {},
  ru: {},
  kk: {},
});

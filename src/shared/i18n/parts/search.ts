import { defineMessages } from '../defineMessages';

/** The global search box and its results; the duplicate warning at intake. */
export const searchMessages = defineMessages({
  en: {},
  ru: {},
  kk: {},
});

import { defineMessages } from '../defineMessages';

/** Deadline rules, the dashboard and tasks. */
export const deadlinesMessages = defineMessages({
  en: {
    'deadline.rule.petition_after_arrival': 'Petition for refugee status (after arrival)',
    'deadline.rule.fingerprinting_after_petition': 'Fingerprinting (after the petition)',
    'deadline.rule.decision_after_petition': 'Decision on the petition is due',
    'deadline.rule.certificate_renewal': 'Renew the asylum-seeker certificate',
    'deadline.rule.appeal_against_extradition': 'Appeal against the extradition decision',
    'deadline.rule.appeal_against_refusal': 'Appeal against the refusal of refugee status',
    'deadline.unconfirmed': 'Unconfirmed rule: the office has not checked this period against the law',
  },
  ru: {
    'deadline.rule.petition_after_arrival': 'Ходатайство о статусе беженца (после прибытия)',
    'deadline.rule.fingerprinting_after_petition': 'Дактилоскопия (после ходатайства)',
    'deadline.rule.decision_after_petition': 'Срок решения по ходатайству',
    'deadline.rule.certificate_renewal': 'Продлить свидетельство лица, ищущего убежища',
    'deadline.rule.appeal_against_extradition': 'Обжаловать решение об экстрадиции',
    'deadline.rule.appeal_against_refusal': 'Обжаловать отказ в статусе беженца',
    'deadline.unconfirmed': 'Правило не подтверждено: бюро ещё не сверило этот срок с законом',
  },
  kk: {
    'deadline.rule.petition_after_arrival': 'Босқын мәртебесін алу туралы өтініш (келгеннен кейін)',
    'deadline.rule.fingerprinting_after_petition': 'Дактилоскопия (өтініштен кейін)',
    'deadline.rule.decision_after_petition': 'Өтініш бойынша шешім мерзімі',
    'deadline.rule.certificate_renewal': 'Баспана іздеуші куәлігін ұзарту',
    'deadline.rule.appeal_against_extradition': 'Экстрадиция туралы шешімге шағым беру',
    'deadline.rule.appeal_against_refusal': 'Босқын мәртебесінен бас тартуға шағым беру',
    'deadline.unconfirmed': 'Ереже расталмаған: бюро бұл мерзімді заңмен әлі салыстырмаған',
  },
});

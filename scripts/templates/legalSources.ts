/**
 * The public legal sources the shipped templates rely on. `confirmed: false` marks what could not
 * be confirmed from public texts here: the templates say «проверьте» at that point instead of an
 * article number, and the lawyer's note lists it.
 */
export const CONVENTION_1951_ARTICLE_33 = {
  text: 'Convention relating to the Status of Refugees (1951), article 33: prohibition of expulsion or return (refoulement); Kazakhstan is a party (with the 1967 Protocol)',
  confirmed: true,
};
export const CONVENTION_1951_ARTICLE_35 = {
  text: 'Convention relating to the Status of Refugees (1951), article 35: co-operation of the national authorities with UNHCR',
  confirmed: true,
};
export const CAT_ARTICLE_3 = {
  text: 'Convention against Torture (1984), article 3: no expulsion, return or extradition to a State where there are substantial grounds for believing the person would be in danger of torture',
  confirmed: true,
};
export const CAT_ARTICLE_22 = {
  text: "Convention against Torture (1984), article 22: individual communications to the Committee against Torture; Kazakhstan's declaration accepting it: date not confirmed here",
  confirmed: false,
};
export const CAT_RULE_114 = {
  text: 'Committee against Torture, rules of procedure (CAT/C/3/Rev.6), rule 114: interim measures; rule number to be checked against the current rules',
  confirmed: false,
};
export const REFUGEE_LAW = {
  text: 'Law of the Republic of Kazakhstan No. 216-IV "On Refugees" of 4 December 2009: the right to appeal a refusal and the protection of asylum seekers from return; article numbers not confirmed',
  confirmed: false,
};
export const CRIMINAL_PROCEDURE_CODE_EXTRADITION = {
  text: "Criminal Procedure Code of the Republic of Kazakhstan (2014), chapter on extradition: appeal against the prosecutor's decision to extradite; article number not confirmed (the office rules give 10 days from notification)",
  confirmed: false,
};
export const MINSK_CHISINAU_CONVENTIONS = {
  text: 'CIS Conventions on legal assistance (Minsk, 1993; Chisinau, 2002): grounds for refusing extradition; article numbers, and whether Kazakhstan and the requesting State are both bound by the convention relied on, not confirmed',
  confirmed: false,
};
export const CONSTITUTION_ACCESS = {
  text: 'Constitution of the Republic of Kazakhstan, article 18(3): access to documents affecting one’s rights (its reach for foreigners to be checked); Law "On Access to Information" (2015)',
  confirmed: false,
};
export const UNHCR_STATUTE = {
  text: 'Statute of the Office of UNHCR (UN General Assembly resolution 428 (V), 1950), paragraph 8: UNHCR’s protection of refugees',
  confirmed: true,
};

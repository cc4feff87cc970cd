import { wordSet } from './words.js';

// Words that show a person's gender (honorifics, gendered roles and relations).

/** Words for a woman. */
export const FEMALE = wordSet(`
mrs
ms
miss
madam
dame
lady
queen
princess
chairwoman
spokeswoman
congresswoman
businesswoman
woman
girl
mother
mom
mum
wife
daughter
sister
widow
grandmother
aunt
niece
actress
`);

/** Words for a man. */
export const MALE = wordSet(`
mr
sir
lord
king
prince
chairman
spokesman
congressman
businessman
man
boy
father
dad
husband
son
brother
widower
grandfather
uncle
nephew
actor
`);
